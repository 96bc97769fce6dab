using Laboratori.Silo.Postgres;
using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Laboratori.Silo.Hosting;

/// <summary>Registers the storage of a Laboratori silo.</summary>
public static class SiloStorageExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the <c>Storage</c> configuration section and registers the store, its
    /// <see cref="IEventLog"/>, and the grain storage both as Orleans' default provider and as
    /// <see cref="StorageNames.Default"/>. The store is PostgreSQL when <see cref="StorageOptions.PostgresConnectionString"/>
    /// is set (the nodes of one cluster share it), and the embedded SQLite file otherwise (one node).
    /// The choice is made from configuration when the services are registered.
    /// </summary>
    public static ISiloBuilder AddLaboratoriStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        var postgres = builder.Configuration.GetSection(StorageOptions.SectionName)[nameof(StorageOptions.PostgresConnectionString)];
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddSingleton<PostgresDatabase>();
            services.AddSingleton<IEventLog, PostgresEventLog>();
            services.AddSingleton<IGrainStateRows, PostgresGrainStateRows>();
        }
        else
        {
            services.AddSingleton<SqliteWriteLock>();
            services.AddSingleton(sp => new SqliteDatabase(
                sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<ILogger<SqliteDatabase>>(), sp.GetRequiredService<SqliteWriteLock>()));
            services.AddSingleton<IEventLog, SqliteEventLog>();
            services.AddSingleton<IGrainStateRows, SqliteGrainStateRows>();
        }

        services.AddSingleton<JsonGrainStorage>();
        services.AddGrainStorage(StorageNames.Default, (sp, _) => sp.GetRequiredService<JsonGrainStorage>());
        services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => sp.GetRequiredService<JsonGrainStorage>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StorageStartup>();
        return builder;
    }
}
