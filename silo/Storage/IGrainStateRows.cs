namespace Laboratori.Silo.Storage;

/// <summary>
/// The rows of grain state in one store (table <c>grain_state</c>), keyed by state name and grain id: all a store adds
/// to <see cref="JsonGrainStorage"/>, which holds the semantics.
/// </summary>
public interface IGrainStateRows
{
    /// <summary>The row, or null if none was ever written.</summary>
    Task<GrainStateRow?> ReadAsync(string stateName, string grainKey);

    /// <summary>
    /// Writes <paramref name="row"/> only if the stored ETag is still <paramref name="expectedETag"/> (null: no row yet),
    /// as one atomic step against every other writer; returns whether it wrote.
    /// </summary>
    Task<bool> TryWriteAsync(string stateName, string grainKey, string? expectedETag, GrainStateRow row);
}
