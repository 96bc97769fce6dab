using System.Text.Json;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;

namespace Laboratori.Silo.Postgres;

/// <summary>
/// Orleans grain state on PostgreSQL, with the SQLite provider's semantics: JSON (web defaults), keyed by state name
/// and grain id, and an ETag that is a version number every write and clear moves on. Each write is one conditional
/// statement (insert if absent, or update where the ETag still matches), so two nodes can never both win; a write or
/// clear whose ETag is not the stored one throws <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public sealed class PostgresGrainStorage(PostgresDatabase database) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        string? etag = null;
        string? data = null;
        await using (var command = database.DataSource.CreateCommand(
            "SELECT etag, data FROM grain_state WHERE grain_type = $1 AND grain_id = $2;"))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.ToString() });
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                etag = reader.GetString(0);
                data = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        grainState.ETag = etag;
        grainState.RecordExists = data is not null;
        if (data is not null)
        {
            grainState.State = JsonSerializer.Deserialize<T>(data, Json)!;
        }
        else if (TryCreateDefault<T>(out var empty))
        {
            grainState.State = empty;
        }
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var data = JsonSerializer.Serialize(grainState.State, Json);
        grainState.ETag = await Store(stateName, grainId.ToString(), grainState.ETag, data);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        // A cleared row is kept with no data so its version keeps counting: an old activation's ETag can never
        // match a record created again later.
        grainState.ETag = await Store(stateName, grainId.ToString(), grainState.ETag, data: null);
        grainState.RecordExists = false;
        if (TryCreateDefault<T>(out var empty))
        {
            grainState.State = empty;
        }
    }

    private async Task<string?> Store(string stateName, string grainKey, string? expectedETag, string? data)
    {
        string sql;
        if (expectedETag is not null)
        {
            sql = "UPDATE grain_state SET etag = (etag::bigint + 1)::text, data = $4 WHERE grain_type = $1 AND grain_id = $2 AND etag = $3 RETURNING etag;";
        }
        else if (data is not null)
        {
            sql = "INSERT INTO grain_state(grain_type, grain_id, etag, data) VALUES ($1, $2, '1', $4) ON CONFLICT (grain_type, grain_id) DO NOTHING RETURNING etag;";
        }
        else
        {
            // Clearing what this activation never saw written: fine if there is indeed nothing, stale otherwise.
            var stored = await ReadETag(stateName, grainKey);
            return stored is null ? null : throw Stale(stateName, grainKey, stored, expectedETag);
        }

        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedETag ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)data ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        if (await command.ExecuteScalarAsync() is string next)
        {
            return next;
        }

        throw Stale(stateName, grainKey, await ReadETag(stateName, grainKey), expectedETag);
    }

    private async Task<string?> ReadETag(string stateName, string grainKey)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT etag FROM grain_state WHERE grain_type = $1 AND grain_id = $2;");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        return await command.ExecuteScalarAsync() as string;
    }

    private static InconsistentStateException Stale(string stateName, string grainKey, string? storedETag, string? expectedETag) =>
        new($"State '{stateName}' of grain {grainKey} was changed by someone else.", storedETag ?? "(none)", expectedETag ?? "(none)");

    // As in the SQLite provider: a parameterless constructor is the best we can do to reset the state.
    private static bool TryCreateDefault<T>(out T value)
    {
        var type = typeof(T);
        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null)
        {
            value = Activator.CreateInstance<T>();
            return true;
        }

        value = default!;
        return false;
    }
}
