using Laboratori.Contracts.Labs;
using Laboratori.Contracts.Participants;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Participants;

/// <summary>A participant's profile and the labs they joined. What they did is in each lab's log, which stays the record.</summary>
public sealed class ParticipantGrain([PersistentState("participant", StorageNames.Default)] IPersistentState<ParticipantState> participant)
    : Grain, IParticipantGrain
{
    public async Task SetProfileAsync(ParticipantProfile profile, string labId)
    {
        participant.State.Profile = profile;
        participant.State.Labs = participant.State.Labs.Add(labId);
        await participant.WriteStateAsync();

        // Written once when they enrol and read by no live path (Join takes the profile from the lab's roster): kept
        // active, every participant would hold an activation, its state and its directory entry for Silo:CollectionAge.
        this.DeactivateOnIdle();
    }

    public async Task EraseAsync(string pseudonym)
    {
        if (participant.State.Profile is { } profile)
        {
            participant.State.Profile = new ParticipantProfile(pseudonym, string.Empty, profile.Sector);
            await participant.WriteStateAsync();
        }

        this.DeactivateOnIdle();
    }

    public Task<ParticipantView?> GetAsync() =>
        Task.FromResult(participant.State.Profile is { } profile ? new ParticipantView(this.GetPrimaryKeyString(), profile, participant.State.Labs) : null);
}
