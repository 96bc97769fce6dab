using Laboratori.Contracts.Labs;

namespace Laboratori.Contracts.Participants;

/// <summary>A person who joined labs with a join code: their profile, their labs and how active they were. Keyed by participant id.</summary>
public interface IParticipantGrain : IGrainWithStringKey
{
    Task SetProfileAsync(ParticipantProfile profile, string labId);

    Task<ParticipantView?> GetAsync();

    /// <summary>Counts events this participant authored in a lab. Told after commit; a cache of what the log holds.</summary>
    [OneWay]
    Task RecordActivityAsync(string labId, int events);
}
