using Laboratori.Silo.Feed;
using Laboratori.Silo.Postgres;
using Laboratori.Silo.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Laboratori.Silo.Hosting;

/// <summary>
/// Opens the database while the silo starts, so that a bad path or configuration fails the start instead of the
/// first grain activation, and the synchronous open and migration never run on a grain turn. On PostgreSQL it also
/// starts the change feed's listener, and stops it when the silo stops.
/// </summary>
internal sealed class StorageStartup(IServiceProvider services) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StorageStartup), ServiceLifecycleStage.RuntimeInitialize, StartAsync, StopAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<PostgresDatabase>() is { } postgres)
        {
            await postgres.MigrateAsync(cancellationToken);
            var feed = services.GetRequiredService<PostgresChangeFeed>();
            feed.Start();
            // The pool just reached the server: a listener that still cannot within this time will not.
            await feed.Listening.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return;
        }

        services.GetRequiredService<SqliteDatabase>();
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<PostgresChangeFeed>() is { } feed)
        {
            await feed.DisposeAsync();
        }
    }
}
