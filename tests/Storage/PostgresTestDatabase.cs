using Laboratori.Silo.Postgres;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Laboratori.Tests.Storage;

/// <summary>
/// A database of its own for one test class, on the server named by <c>LABORATORI_TEST_POSTGRES</c>: created before
/// the class's first test and dropped after its last. Without the variable every test of the class fails, saying how
/// to get one: these tests never pass by not running.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "LABORATORI_TEST_POSTGRES";

    private string? _server;
    private string? _name;

    /// <summary>The connection string of this class's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a throw-away " +
                $"PostgreSQL for them, or set {Variable} to the connection string of a server where the tests may create " +
                "and drop databases (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=...).");
        }

        _name = $"laboratori_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE {_name};");
        // A small pool per store: test classes run in parallel against one server and its connection limit.
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name, MaxPoolSize = 20 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_name is not null)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE);");
        }
    }

    /// <summary>Opens this class's database (migrated), as a node would.</summary>
    public async Task<PostgresDatabase> OpenAsync()
    {
        var database = new PostgresDatabase(
            Options.Create(new StorageOptions { PostgresConnectionString = ConnectionString }),
            NullLogger<PostgresDatabase>.Instance);
        await database.MigrateAsync();
        return database;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
