using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;

namespace Laboratori.Silo.Hosting;

/// <summary>Registers the storage of a Laboratori silo.</summary>
public static class SiloStorageExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the <c>Storage</c> configuration section and registers the embedded
    /// SQLite database, <see cref="IEventLog"/>, and the grain storage both as Orleans' default provider and as
    /// <see cref="StorageNames.Default"/>.
    /// </summary>
    public static ISiloBuilder AddLaboratoriStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>();
            if (!string.IsNullOrWhiteSpace(options.Value.PostgresConnectionString))
            {
                throw new NotSupportedException("PostgreSQL storage is not built yet");
            }

            return new SqliteDatabase(options, sp.GetRequiredService<ILogger<SqliteDatabase>>());
        });
        services.AddSingleton<IEventLog, SqliteEventLog>();
        services.AddSingleton<SqliteGrainStorage>();
        services.AddGrainStorage(StorageNames.Default, (sp, _) => sp.GetRequiredService<SqliteGrainStorage>());
        services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => sp.GetRequiredService<SqliteGrainStorage>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StorageStartup>();
        return builder;
    }
}
