using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;

namespace Laboratori.Silo.Sqlite;

/// <summary>
/// Orleans grain state on the embedded SQLite database, as JSON (web defaults), keyed by state name and grain id.
/// The ETag is a version number that every write and clear moves on; a write or clear whose ETag is not the stored
/// one throws <see cref="InconsistentStateException"/> and changes nothing, which makes Orleans drop the activation.
/// </summary>
public sealed class SqliteGrainStorage(SqliteDatabase database) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = grainId.ToString();
        var (etag, data) = await database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand(
                "SELECT etag, data FROM grain_state WHERE grain_type = $state AND grain_id = $grain;");
            command.Parameters.AddWithValue("$state", stateName);
            command.Parameters.AddWithValue("$grain", key);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
                : ((string?)null, (string?)null);
        });

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
        var etag = await Store(stateName, grainId.ToString(), grainState.ETag, data);
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        // A cleared row is kept with no data so its version keeps counting: an old activation's ETag can never
        // match a record created again later.
        var etag = await Store(stateName, grainId.ToString(), grainState.ETag, data: null);
        grainState.ETag = etag;
        grainState.RecordExists = false;
        if (TryCreateDefault<T>(out var empty))
        {
            grainState.State = empty;
        }
    }

    private Task<string?> Store(string stateName, string grainKey, string? expectedETag, string? data) =>
        database.WriteAsync(transaction =>
        {
            string? storedETag;
            using (var read = transaction.CreateCommand(
                "SELECT etag FROM grain_state WHERE grain_type = $state AND grain_id = $grain;"))
            {
                read.Parameters.AddWithValue("$state", stateName);
                read.Parameters.AddWithValue("$grain", grainKey);
                storedETag = (string?)read.ExecuteScalar();
            }

            if (storedETag != expectedETag)
            {
                throw new InconsistentStateException(
                    $"State '{stateName}' of grain {grainKey} was changed by someone else.",
                    storedETag ?? "(none)",
                    expectedETag ?? "(none)");
            }

            if (storedETag is null && data is null)
            {
                return null; // clearing what was never written: nothing to do
            }

            var next = (storedETag is null ? 1 : long.Parse(storedETag, CultureInfo.InvariantCulture) + 1)
                .ToString(CultureInfo.InvariantCulture);
            using var write = transaction.CreateCommand(
                "INSERT OR REPLACE INTO grain_state(grain_type, grain_id, etag, data) VALUES ($state, $grain, $etag, $data);");
            write.Parameters.AddWithValue("$state", stateName);
            write.Parameters.AddWithValue("$grain", grainKey);
            write.Parameters.AddWithValue("$etag", next);
            write.Parameters.AddWithValue("$data", (object?)data ?? DBNull.Value);
            write.ExecuteNonQuery();
            return next;
        });

    // Orleans' own bridge resets state with its activator; here a parameterless constructor is the best we can do,
    // otherwise the state the bridge created stays.
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
