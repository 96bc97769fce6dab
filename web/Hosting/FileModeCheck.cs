using Laboratori.Silo.Storage;

namespace Laboratori.Web.Hosting;

/// <summary>In Production the node refuses to start while its database or signing key is readable by other users.</summary>
public static class FileModeCheck
{
    public static void ThrowIfExposed(WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!builder.Environment.IsProduction() || storage.PostgresConnectionString is { Length: > 0 })
        {
            return;
        }

        var database = Path.GetFullPath(storage.SqlitePath);
        var key = Path.Combine(Path.GetDirectoryName(database)!, "signing.key");
        var exposed = PrivateFiles.ExposedAmong([database, database + "-wal", database + "-shm", key]);
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start in Production: {string.Join(", ", exposed)} can be read by other users of this machine " +
                $"(the signing key alone makes anyone an admin). Run: chmod 600 {string.Join(' ', exposed)}; chmod 700 {Path.GetDirectoryName(database)}");
        }
    }
}
