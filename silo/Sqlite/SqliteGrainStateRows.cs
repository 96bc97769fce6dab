using Laboratori.Silo.Storage;
using Microsoft.Data.Sqlite;

namespace Laboratori.Silo.Sqlite;

/// <summary>Grain state rows in the SQLite file: the ETag check and the write run in one savepoint on the writer thread.</summary>
public sealed class SqliteGrainStateRows(SqliteDatabase database) : IGrainStateRows
{
    private const string ReadSql = "SELECT etag, data FROM grain_state WHERE grain_type = $state AND grain_id = $grain;";

    /// <inheritdoc />
    public Task<GrainStateRow?> ReadAsync(string stateName, string grainKey) =>
        database.ReadAsync(connection => Read(connection.CreateCommand(ReadSql), stateName, grainKey));

    /// <inheritdoc />
    public Task<bool> TryWriteAsync(string stateName, string grainKey, string? expectedETag, GrainStateRow row) =>
        database.WriteAsync(transaction =>
        {
            if (Read(transaction.CreateCommand(ReadSql), stateName, grainKey)?.ETag != expectedETag)
            {
                return false;
            }

            using var write = transaction.CreateCommand(
                "INSERT OR REPLACE INTO grain_state(grain_type, grain_id, etag, data) VALUES ($state, $grain, $etag, $data);");
            write.Parameters.AddWithValue("$state", stateName);
            write.Parameters.AddWithValue("$grain", grainKey);
            write.Parameters.AddWithValue("$etag", row.ETag);
            write.Parameters.AddWithValue("$data", (object?)row.Data ?? DBNull.Value);
            write.ExecuteNonQuery();
            return true;
        });

    private static GrainStateRow? Read(SqliteCommand command, string stateName, string grainKey)
    {
        using (command)
        {
            command.Parameters.AddWithValue("$state", stateName);
            command.Parameters.AddWithValue("$grain", grainKey);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new GrainStateRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
        }
    }
}
