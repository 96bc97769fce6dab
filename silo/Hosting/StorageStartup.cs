using Laboratori.Silo.Postgres;
using Laboratori.Silo.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Laboratori.Silo.Hosting;

/// <summary>
/// Opens the database while the silo starts, so that a bad path or configuration fails the start instead of the
/// first grain activation, and the synchronous open and migration never run on a grain turn. It runs just before the
/// runtime initializes: on PostgreSQL the cluster's membership tables must exist before the silo joins.
/// </summary>
internal sealed class StorageStartup(IServiceProvider services) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StorageStartup), ServiceLifecycleStage.RuntimeInitialize - 1, StartAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<PostgresDatabase>() is { } postgres)
        {
            await postgres.MigrateAsync(cancellationToken);
            return;
        }

        services.GetRequiredService<SqliteDatabase>();
    }
}
