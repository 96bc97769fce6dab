namespace Laboratori.Contracts.Labs;

/// <summary>Maps a join code (the key, canonical form) to its lab.</summary>
public interface IJoinCodeGrain : IGrainWithStringKey
{
    /// <summary>Binds this code to the lab; false if another lab holds it.</summary>
    Task<bool> ClaimAsync(string labId);

    Task<string?> ResolveAsync();
}
