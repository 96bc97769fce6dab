using Laboratori.Silo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Data;

/// <summary>Registers <see cref="LaboratoriDb"/> on the store the grains use: PostgreSQL when configured, else the SQLite file.</summary>
public static class DataHosting
{
    public static IServiceCollection AddLaboratoriData(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddDbContext<LaboratoriDb>(options =>
        {
            if (storage.PostgresConnectionString is { Length: > 0 } postgres)
            {
                options.UseNpgsql(postgres);
                return;
            }

            var path = Path.GetFullPath(storage.SqlitePath);
            PrivateFiles.Ensure(path);
            // No pooling: a pooled connection would keep the file open after the host stops (tests delete it).
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString())
                .AddInterceptors(new SqliteSecureDelete());
        });
        services.AddHostedService<SchemaStartup>();
        return services;
    }
}
