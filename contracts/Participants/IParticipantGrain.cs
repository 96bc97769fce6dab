using Laboratori.Contracts.Labs;

namespace Laboratori.Contracts.Participants;

/// <summary>A person who joined labs with a join code: their profile and their labs. Keyed by participant id.</summary>
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Records the profile they gave when joining <paramref name="labId"/>.</summary>
    Task SetProfileAsync(ParticipantProfile profile, string labId);

    Task<ParticipantView?> GetAsync();

    /// <summary>Erasure: the profile keeps only <paramref name="pseudonym"/> and the sector; a grain with no profile stays empty.</summary>
    Task EraseAsync(string pseudonym);
}
