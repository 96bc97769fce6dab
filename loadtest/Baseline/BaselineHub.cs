using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.LoadTest.Baseline;

/// <summary>A bare group-relay hub with the platform's method names: what SignalR alone costs for the same traffic.</summary>
public sealed class BaselineHub(BaselineLabs labs) : Hub
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

    public Task Presence(string labId, JsonElement presence) =>
        Clients.OthersInGroup(labId).SendAsync("Presence", labId, new[]
        {
            new
            {
                memberId = Member,
                displayName = Member,
                cursor = presence.TryGetProperty("cursor", out var cursor) ? cursor : default,
                editing = presence.TryGetProperty("editing", out var editing) ? editing : default,
            },
        });

    public Task Leave(string labId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, labId);
}
