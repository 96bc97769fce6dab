using Laboratori.Contracts.Labs;
using Laboratori.Contracts.Participants;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Participants;

/// <summary>
/// Activity counts change with every edit, so they are written by a timer (and on deactivation) rather than per event:
/// they are derived from the canvas log, which stays the record.
/// </summary>
public sealed class ParticipantGrain([PersistentState("participant", StorageNames.Default)] IPersistentState<ParticipantState> participant)
    : Grain, IParticipantGrain
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(FlushEvery, FlushEvery) { Interleave = false });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public async Task SetProfileAsync(ParticipantProfile profile, string labId)
    {
        participant.State.Profile = profile;
        participant.State.ActivityByLab = participant.State.ActivityByLab.SetItem(labId, participant.State.ActivityByLab.GetValueOrDefault(labId));
        await participant.WriteStateAsync();
        _dirty = false;
    }

    public Task<ParticipantView?> GetAsync() =>
        Task.FromResult(participant.State.Profile is { } profile ? new ParticipantView(this.GetPrimaryKeyString(), profile, participant.State.ActivityByLab) : null);

    public Task RecordActivityAsync(string labId, int events)
    {
        participant.State.ActivityByLab = participant.State.ActivityByLab.SetItem(labId, participant.State.ActivityByLab.GetValueOrDefault(labId) + events);
        _dirty = true;
        return Task.CompletedTask;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_dirty && participant.State.Profile is not null)
        {
            _dirty = false;
            await participant.WriteStateAsync(cancellationToken);
        }
    }
}
