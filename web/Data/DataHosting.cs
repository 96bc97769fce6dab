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
        var postgres = storage.PostgresConnectionString is { Length: > 0 } p ? p : null;
        var sqlite = postgres is null
            ? new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(storage.SqlitePath), DefaultTimeout = 30 }.ToString()
            : null;
        services.AddDbContext<LaboratoriDb>(options =>
        {
            if (postgres is not null)
            {
                options.UseNpgsql(postgres);
                return;
            }

            PrivateFiles.Ensure(Path.GetFullPath(storage.SqlitePath));
            options.UseSqlite(sqlite).AddInterceptors(new SqliteSecureDelete());
        });
        if (sqlite is not null)
        {
            services.AddHostedService(sp => new SqlitePoolRelease(sqlite, sp.GetRequiredService<IHostApplicationLifetime>()));
        }

        services.AddHostedService<SchemaStartup>();
        services.AddSingleton<InsertBatches>();
        services.AddHostedService(sp => sp.GetRequiredService<InsertBatches>());
        return services;
    }
}
