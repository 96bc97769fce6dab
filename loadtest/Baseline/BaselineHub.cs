using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.LoadTest.Baseline;

/// <summary>A bare group-relay hub with the platform's method names: what SignalR alone costs for the same traffic.</summary>
public sealed class BaselineHub(BaselineLabs labs, BaselinePresence? presenceRelay = null) : Hub
{
    private string Member => Context.GetHttpContext()?.Request.Query["access_token"].ToString() is { Length: > 0 } token ? token : Context.ConnectionId;

    public async Task<object> Join(string labId, long? afterSeq)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, labId);
        return new
        {
            lab = new { id = labId },
            you = new { id = Member, role = "participant", displayName = Member },
            state = new { seq = labs.CurrentSeq(labId) },
            events = (object?)null,
            error = (object?)null,
        };
    }

    /// <summary>
    /// Numbers the operation and relays it to the group, one operation of a lab at a time, so that every member gets the
    /// lab's events in seq order without gaps, as the platform guarantees (its clients rely on it).
    /// </summary>
    public async Task<object> Apply(string labId, JsonElement operation)
    {
        var clientOpId = operation.TryGetProperty("clientOpId", out var id) ? id.GetString() : null;
        var gate = labs.Gate(labId);
        await gate.WaitAsync();
        long seq;
        try
        {
            seq = labs.NextSeq(labId);
            var fake = new
            {
                labId,
                seq,
                at = DateTimeOffset.UtcNow,
                author = Member,
                clientOpId,
                type = operation.TryGetProperty("type", out var type) ? type.GetString() : null,
                payload = operation.TryGetProperty("payload", out var payload) ? payload : default,
            };
            await Clients.Group(labId).SendAsync("Events", labId, new[] { fake });
        }
        finally
        {
            gate.Release();
        }

        return new { clientOpId, seq, error = (object?)null };
    }

    /// <summary>Batched as the platform does (<see cref="BaselinePresence"/>), or with <see cref="BaselinePresenceMode.Relay"/> each update at once to the others.</summary>
    public Task Presence(string labId, JsonElement presence)
    {
        var update = new BaselinePresenceUpdate(Member, Member, Property(presence, "cursor"), Property(presence, "editing"), Property(presence, "viewport"));
        if (presenceRelay is not null)
        {
            presenceRelay.Post(labId, update.MemberId, update);
            return Task.CompletedTask;
        }

        return Clients.OthersInGroup(labId).SendAsync("Presence", labId, new[] { update });
    }

    public Task Leave(string labId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, labId);

    private static JsonElement? Property(JsonElement presence, string name) =>
        presence.ValueKind == JsonValueKind.Object && presence.TryGetProperty(name, out var value) ? value.Clone() : null;
}
