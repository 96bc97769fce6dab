using Laboratori.Grains.Hosting;
using Laboratori.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Laboratori.Tests.Support;

/// <summary>A real in-process silo with the SQLite storage and the project's grains, on a throw-away database.</summary>
public sealed class TestSilo : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("laboratori-silo-").FullName;
    private IHost? _host;

    // Starts off a millisecond boundary: the log keeps milliseconds, and the grains must agree with it.
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));

    public IGrainFactory Grains => _host!.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host!.Services;

    /// <summary>Snapshot interval used by the test silo: small, so tests cross snapshots.</summary>
    public const int SnapshotInterval = 10;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(_directory, "test.db"),
            ["Storage:SqliteFullSync"] = "false",
            ["Canvas:SnapshotInterval"] = SnapshotInterval.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Canvas:RecentEvents"] = "25",
        });
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LocalPorts.Free(), LocalPorts.Free()).AddLaboratoriStorage().AddLaboratoriGrains());
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
