using Laboratori.Silo.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Laboratori.Silo.Postgres;

/// <summary>
/// Grain state rows in PostgreSQL, shared by every node. Each write is one conditional statement (insert if absent, or
/// update where the ETag still matches), so two nodes can never both win.
/// </summary>
public sealed class PostgresGrainStateRows(PostgresDatabase database) : IGrainStateRows
{
    /// <inheritdoc />
    public async Task<GrainStateRow?> ReadAsync(string stateName, string grainKey)
    {
        await using var command = database.DataSource.CreateCommand("SELECT etag, data FROM grain_state WHERE grain_type = $1 AND grain_id = $2;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new GrainStateRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public async Task<bool> TryWriteAsync(string stateName, string grainKey, string? expectedETag, GrainStateRow row)
    {
        await using var command = database.DataSource.CreateCommand(expectedETag is null
            ? "INSERT INTO grain_state(grain_type, grain_id, etag, data) VALUES ($1, $2, $3, $4) ON CONFLICT (grain_type, grain_id) DO NOTHING;"
            : "UPDATE grain_state SET etag = $3, data = $4 WHERE grain_type = $1 AND grain_id = $2 AND etag = $5;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ETag });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.Data ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        if (expectedETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = expectedETag });
        }

        return await command.ExecuteNonQueryAsync() == 1;
    }
}
