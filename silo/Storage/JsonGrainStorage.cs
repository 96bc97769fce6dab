using System.Globalization;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Storage;

namespace Laboratori.Silo.Storage;

/// <summary>
/// Orleans grain state as JSON (web defaults), keyed by state name and grain id, on any store's rows. The ETag is a
/// version number that every write and clear moves on; a write or clear whose ETag is not the stored one throws
/// <see cref="InconsistentStateException"/> and changes nothing, which makes Orleans drop the activation. A cleared
/// row is kept with no data so its version keeps counting: an old activation's ETag never matches a record created
/// again later.
/// </summary>
public sealed class JsonGrainStorage(IGrainStateRows rows) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var row = await rows.ReadAsync(stateName, grainId.ToString());
        grainState.ETag = row?.ETag;
        grainState.RecordExists = row?.Data is not null;
        if (row?.Data is { } data)
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
        grainState.ETag = await StoreAsync(stateName, grainId.ToString(), grainState.ETag, JsonSerializer.Serialize(grainState.State, Json));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        grainState.ETag = await StoreAsync(stateName, grainId.ToString(), grainState.ETag, data: null);
        grainState.RecordExists = false;
        if (TryCreateDefault<T>(out var empty))
        {
            grainState.State = empty;
        }
    }

    private async Task<string?> StoreAsync(string stateName, string grainKey, string? expectedETag, string? data)
    {
        if (expectedETag is null && data is null)
        {
            // Clearing what this activation never saw written: fine if there is indeed nothing, stale otherwise.
            var stored = await rows.ReadAsync(stateName, grainKey);
            return stored is null ? null : throw Stale(stateName, grainKey, stored.ETag, expectedETag);
        }

        var next = expectedETag is null ? 1 : long.Parse(expectedETag, CultureInfo.InvariantCulture) + 1;
        var row = new GrainStateRow(next.ToString(CultureInfo.InvariantCulture), data);
        if (await rows.TryWriteAsync(stateName, grainKey, expectedETag, row))
        {
            return row.ETag;
        }

        throw Stale(stateName, grainKey, (await rows.ReadAsync(stateName, grainKey))?.ETag, expectedETag);
    }

    private static InconsistentStateException Stale(string stateName, string grainKey, string? storedETag, string? expectedETag) =>
        new($"State '{stateName}' of grain {grainKey} was changed by someone else.", storedETag ?? "(none)", expectedETag ?? "(none)");

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
