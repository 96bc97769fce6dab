using Laboratori.Silo.Hosting;
using Laboratori.Silo.Storage;
using Laboratori.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Storage;

/// <summary><c>AddLaboratoriStorage</c> with a PostgreSQL connection string, under a real in-process Orleans silo.</summary>
public sealed class OrleansPostgresStorageTests(PostgresTestDatabase server) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private IHost? _host;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"laboratori-unused-{Guid.NewGuid():N}", "x.db");
        builder.Configuration["Storage:PostgresConnectionString"] = server.ConnectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LocalPorts.Free(), LocalPorts.Free()).AddLaboratoriStorage());
        _host = builder.Build();
        await _host.StartAsync().WaitAsync(Timeout);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync().WaitAsync(Timeout);
            _host.Dispose();
        }
    }

    [Fact]
    public async Task A_postgres_connection_string_selects_postgres_and_state_survives_reactivation()
    {
        Assert.IsType<Laboratori.Silo.Postgres.PostgresEventLog>(_host!.Services.GetRequiredService<IEventLog>());
        var grain = _host.Services.GetRequiredService<IGrainFactory>().GetGrain<IStorageCounterGrain>("pg-survivor");
        await grain.Increment().WaitAsync(Timeout);
        await grain.Increment().WaitAsync(Timeout);
        var firstActivation = await grain.GetActivationId().WaitAsync(Timeout);

        await grain.Deactivate().WaitAsync(Timeout);

        Assert.NotEqual(firstActivation, await grain.GetActivationId().WaitAsync(Timeout));
        Assert.Equal(2, await grain.GetCount().WaitAsync(Timeout));
        Assert.Equal(3, await grain.Increment().WaitAsync(Timeout));
    }
}
