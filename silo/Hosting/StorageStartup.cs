using Laboratori.Silo.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Laboratori.Silo.Hosting;

/// <summary>
/// Opens the database while the silo starts, so that a bad path or configuration fails the start instead of the
/// first grain activation, and the synchronous open and migration never run on a grain turn.
/// </summary>
internal sealed class StorageStartup(IServiceProvider services) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StorageStartup), ServiceLifecycleStage.RuntimeInitialize, _ =>
        {
            services.GetRequiredService<SqliteDatabase>();
            return Task.CompletedTask;
        });
}
