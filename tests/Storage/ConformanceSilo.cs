using System.Collections.Immutable;
using Laboratori.Grains.Hosting;
using Laboratori.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Storage;

/// <summary>A real one-node silo with the project's grains on the store a conformance test names; a small memory of recent events.</summary>
public sealed class ConformanceSilo : IAsyncDisposable
{
    /// <summary>Events a canvas keeps in memory here: small, so tests reach past it quickly.</summary>
    public const int RecentEvents = 5;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly IHost _host;

    private ConformanceSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<ConformanceSilo> StartAsync(ImmutableDictionary<string, string?> store)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(store.SetItem("Canvas:RecentEvents", RecentEvents.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LocalPorts.Free(), LocalPorts.Free()).AddLaboratoriStorage().AddLaboratoriGrains());
        var host = builder.Build();
        await host.StartAsync().WaitAsync(Timeout);
        return new ConformanceSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().WaitAsync(Timeout);
        _host.Dispose();
    }
}
