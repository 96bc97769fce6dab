using Laboratori.Web.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Laboratori.Web.Data;

/// <summary>
/// Creates the relational tables that are missing (before the node serves anything), then the bootstrap staff accounts.
/// The tables share the database with the grains' own, so EF's EnsureCreated (which does nothing on a database that
/// already has tables) cannot be used: each statement of the model's create script runs, and "already exists" is
/// skipped, which also lets two nodes start at once. New tables therefore appear on upgrade; a changed column would
/// need an EF migration.
/// </summary>
internal sealed partial class SchemaStartup(IServiceScopeFactory scopes, ILogger<SchemaStartup> logger) : IHostedService
{
    /// <summary>Any fixed number: the key of the PostgreSQL advisory lock that nodes starting together take in turn.</summary>
    private const long StartupLockKey = 0x4c41424f52;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Nodes starting at the same moment on one PostgreSQL database take turns: the second finds the tables and the
        // bootstrap accounts the first made (Identity's "does it exist, then create" is not safe against a concurrent twin).
        var turn = await TakeTurnAsync(cancellationToken);
        try
        {
            await CreateSchemaAndAccountsAsync(cancellationToken);
        }
        finally
        {
            if (turn is not null)
            {
                // Explicitly: a pooled connection keeps its session, and with it the lock, after it is closed.
                await using (turn)
                {
                    await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartupLockKey})", turn);
                    await unlock.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
        }
    }

    private async Task CreateSchemaAndAccountsAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
            var created = 0;
            foreach (var statement in Statements(db.Database.GenerateCreateScript()))
            {
                if (ObjectName(statement) is { } name && await ExistsAsync(db, name, cancellationToken))
                {
                    continue;
                }

                try
                {
                    await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
                    created++;
                }
                catch (Exception ex) when (AlreadyExists(ex))
                {
                    // Made by an earlier start or by another node starting now.
                }
            }

            if (created > 0)
            {
                LogCreated(created);
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffBootstrap>().RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On PostgreSQL, a connection holding the start-up lock (waiting for another node's turn); else null.</summary>
    private async Task<NpgsqlConnection?> TakeTurnAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static IEnumerable<string> Statements(string script) =>
        script.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(';').Trim())
            .Where(s => s.Length > 0 && !s.StartsWith("--", StringComparison.Ordinal));

    /// <summary>The table or index a CREATE statement makes (EF quotes every name).</summary>
    private static string? ObjectName(string statement) =>
        statement.StartsWith("CREATE", StringComparison.Ordinal) && statement.Split('"') is [_, var name, ..] ? name : null;

    private static async Task<bool> ExistsAsync(LaboratoriDb db, string name, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT count(*)::int AS \"Value\" FROM pg_class WHERE relname = {0}"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = {0}";
        return await db.Database.SqlQueryRaw<int>(sql, name).SingleAsync(cancellationToken) > 0;
    }

    private static bool AlreadyExists(Exception ex) => ex switch
    {
        SqliteException sqlite => sqlite.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase),
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Count} relational schema objects (staff accounts, programmes).")]
    private partial void LogCreated(int count);
}
