using Laboratori.Grains.Hosting;
using Laboratori.Silo.Hosting;
using Laboratori.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace Laboratori.Tests.Cluster;

/// <summary>
/// Two silos of one cluster in this process (Orleans' <see cref="InProcessTestCluster"/>: its own membership and
/// transport), each with the project's grains and storage, on one fresh PostgreSQL database as the nodes share it.
/// </summary>
public sealed class TwoSilos : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();
    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    /// <summary>The grain factory of a silo: calls made through it leave from that silo.</summary>
    public static IGrainFactory GrainsOf(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:PostgresConnectionString"] = _database.ConnectionString,
            });
            host.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        builder.ConfigureSilo((_, silo) => silo.AddLaboratoriStorage().AddLaboratoriGrains());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync().WaitAsync(TimeSpan.FromMinutes(1));
            await _cluster.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
