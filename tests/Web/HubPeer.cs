using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>
/// One hub connection in one lab, as a browser holds it: the last seq it has, the events pushed to it in arrival
/// order (those at or below the seq it already holds dropped, as the browser drops them), and the presence it saw.
/// </summary>
public sealed class HubPeer(HubClient client, string labId) : IAsyncDisposable
{
    private int _nextOp;

    public HubClient Client => client;

    public string LabId => labId;

    public long LastSeq { get; private set; }

    /// <summary>Every presence update pushed to this connection so far, batch after batch.</summary>
    public List<JsonElement> Presence { get; } = [];

    public async Task<JsonElement> JoinAsync(long? afterSeq = null)
    {
        var reply = await client.InvokeAsync("Join", labId, afterSeq).Within();
        if (reply.GetProperty("state") is { ValueKind: JsonValueKind.Object } state)
        {
            LastSeq = state.GetProperty("seq").GetInt64();
        }
        else if (reply.GetProperty("events") is { ValueKind: JsonValueKind.Object } page)
        {
            LastSeq = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()).DefaultIfEmpty(afterSeq ?? 0).Max();
        }

        return reply;
    }

    /// <summary>Applies an operation and returns the result (<c>clientOpId</c>, <c>seq</c>, <c>error</c>).</summary>
    public Task<JsonElement> ApplyAsync(string type, object payload, string? clientOpId = null) =>
        client.InvokeAsync("Apply", labId, new { clientOpId = clientOpId ?? $"op-{Guid.NewGuid():N}-{++_nextOp}", type, payload }).Within();

    /// <summary>Applies an operation that must succeed; returns its seq.</summary>
    public async Task<long> ApplyOkAsync(string type, object payload, string? clientOpId = null)
    {
        var result = await ApplyAsync(type, payload, clientOpId);
        Assert.True(result.GetProperty("error").ValueKind == JsonValueKind.Null, $"{type} was refused: {result}");
        return result.GetProperty("seq").GetInt64();
    }

    /// <summary>
    /// The events pushed until <paramref name="seq"/> arrives, asserting that they come in seq order with no gap and
    /// none twice. Presence updates met on the way are kept in <see cref="Presence"/>.
    /// </summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(long seq)
    {
        var received = new List<JsonElement>();
        var cancel = Waits.Token();
        while (LastSeq < seq)
        {
            Take(await client.Messages.ReadAsync(cancel), received);
        }

        return received;
    }

    /// <summary>
    /// The events pushed to this connection so far, without waiting (what a client had received when its connection
    /// dropped), with the same checks as <see cref="ReceiveUntilAsync"/>.
    /// </summary>
    public List<JsonElement> ReceivedSoFar()
    {
        var received = new List<JsonElement>();
        while (client.Messages.TryRead(out var message))
        {
            Take(message, received);
        }

        return received;
    }

    /// <summary>The next batch of presence updates pushed to this connection (events met on the way are taken into <see cref="LastSeq"/>).</summary>
    public async Task<JsonElement[]> NextPresenceAsync()
    {
        var cancel = Waits.Token();
        while (true)
        {
            var message = await client.Messages.ReadAsync(cancel);
            if (message.Target == "Presence")
            {
                return TakePresence(message);
            }

            foreach (var e in message.Arguments[1].EnumerateArray())
            {
                LastSeq = Math.Max(LastSeq, e.GetProperty("seq").GetInt64());
            }
        }
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();

    private void Take(ServerMessage message, List<JsonElement> received)
    {
        if (message.Target == "Presence")
        {
            TakePresence(message);
            return;
        }

        Assert.Equal("Events", message.Target);
        Assert.Equal(labId, message.Arguments[0].GetString());
        foreach (var e in message.Arguments[1].EnumerateArray().Where(e => e.GetProperty("seq").GetInt64() > LastSeq))
        {
            Assert.Equal(LastSeq + 1, e.GetProperty("seq").GetInt64());
            LastSeq++;
            received.Add(e);
        }
    }

    private JsonElement[] TakePresence(ServerMessage message)
    {
        Assert.Equal(labId, message.Arguments[0].GetString());
        var batch = message.Arguments[1].EnumerateArray().ToArray();
        Presence.AddRange(batch);
        return batch;
    }
}
