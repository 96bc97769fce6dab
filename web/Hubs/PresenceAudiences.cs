using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Sends a lab's presence batch to each audience in its version, as events are: in anonymous mode a participant's
/// pointer and the card they are editing would say who wrote what, so only staff get participants' updates then, and
/// participants get the staff's (the facilitator's "follow me" viewport among them).
/// </summary>
public sealed class PresenceAudiences(IHubContext<LabHub, ILabClient> hub, LabAnonymity anonymity)
{
    public Task SendAsync(string labId, IReadOnlyList<PresenceUpdate> updates)
    {
        if (!updates.Any(u => u.Participant) || !anonymity.IsAnonymous(labId))
        {
            return hub.Clients.Group(LabHub.GroupName(labId)).Presence(labId, updates);
        }

        var staffOnly = updates.Where(u => !u.Participant).ToArray();
        return Task.WhenAll(
            hub.Clients.Group(LabHub.StaffGroupName(labId)).Presence(labId, updates),
            staffOnly.Length == 0 ? Task.CompletedTask : hub.Clients.Group(LabHub.ParticipantsGroupName(labId)).Presence(labId, staffOnly));
    }
}
