using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Laboratori.Silo.Postgres;

/// <summary>
/// A PostgreSQL database shared by every node: one <see cref="NpgsqlDataSource"/> (Npgsql pools the connections)
/// and the schema, which <see cref="MigrateAsync"/> creates or moves forward when the silo starts. Several nodes may
/// start at once: the migration holds an advisory lock, so only one of them applies each step.
/// </summary>
public sealed partial class PostgresDatabase : IAsyncDisposable, IDisposable
{
    // Any constant of our own: it serializes migrations between nodes starting together.
    private const long MigrationLockKey = 0x4C61_625F_5343_484D; // "Lab_SCHM"

    private readonly ILogger<PostgresDatabase> _logger;
    private readonly Lazy<Task> _migrated;

    /// <summary>Prepares the connection pool for <see cref="StorageOptions.PostgresConnectionString"/>; opens nothing yet.</summary>
    public PostgresDatabase(IOptions<StorageOptions> options, ILogger<PostgresDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        var connectionString = options.Value.PostgresConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:PostgresConnectionString is not set.");
        }

        DataSource = NpgsqlDataSource.Create(connectionString);
        _migrated = new Lazy<Task>(() => MigrateCoreAsync(CancellationToken.None));
    }

    /// <summary>The pool every log and storage of this node uses.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Creates the schema, or applies the migrations it lacks. Runs once; later calls return the same task.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _migrated.Value.WaitAsync(cancellationToken);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();

    private async Task MigrateCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey});", cancellationToken);
        await Execute(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
            cancellationToken);

        int version;
        await using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction))
        {
            version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var migrations = PostgresSchema.Migrations;
        if (version > migrations.Count)
        {
            throw new InvalidOperationException(
                $"The database schema is version {version}, newer than this build knows ({migrations.Count}).");
        }

        for (var i = version; i < migrations.Count; i++)
        {
            await Execute(connection, transaction, migrations[i], cancellationToken);
            await using var bump = new NpgsqlCommand("INSERT INTO schema_version(version) VALUES ($1);", connection, transaction);
            bump.Parameters.Add(new NpgsqlParameter<int> { TypedValue = i + 1 });
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogOpened(connection.Host ?? "?", connection.Database, migrations.Count, migrations.Count - version);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL storage opened on {Host}, database {Database} (schema version {Version}, {Applied} migrations applied now)")]
    private partial void LogOpened(string host, string database, int version, int applied);
}
