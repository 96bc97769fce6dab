using System.Net.WebSockets;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Scale;

/// <summary>
/// A participant who keeps editing through the proxy and follows the client rules of protocol.md when the connection
/// drops: connect again, <c>Join(labId, lastSeq)</c>, resend every operation not yet acknowledged with its same
/// clientOpId. It holds its own replica of the canvas, folded from what it was sent, to compare with the log.
/// </summary>
internal sealed class ReconnectingWriter(Uri proxy, ScaleLab lab, int participant) : IAsyncDisposable
{
    private const int InFlightMax = 4;
    private static readonly TimeSpan ReconnectWithin = TimeSpan.FromSeconds(30);

    private readonly string _name = $"w{participant}";
    private readonly List<int> _unacknowledged = [];
    private HubPeer? _peer;
    private int _next;

    /// <summary>clientOpId → the seq of its acknowledgement.</summary>
    public Dictionary<string, long> Acknowledged { get; } = [];

    public int Reconnects { get; private set; }

    public CanvasState Replica { get; private set; } = new();

    private HubPeer Peer => _peer ?? throw new InvalidOperationException("Not connected.");

    public Task ConnectAsync() => ConnectAsync(TimeSpan.Zero);

    /// <summary>
    /// Edits until at least <paramref name="count"/> operations are acknowledged and, once the connection dropped,
    /// <paramref name="afterReconnect"/> more were acknowledged on the new one; <paramref name="acknowledged"/> is told of each.
    /// </summary>
    public async Task RunAsync(int count, int afterReconnect, Action acknowledged)
    {
        var sinceReconnect = 0;
        while (Acknowledged.Count < count || Reconnects == 0 || sinceReconnect < afterReconnect)
        {
            Assert.True(_next < 20 * count, $"{_name} sent {_next} operations without its connection ever dropping.");
            var inFlight = new Dictionary<Task<JsonElement>, int>();
            try
            {
                foreach (var i in _unacknowledged)
                {
                    inFlight[Send(i)] = i;
                }

                while (Acknowledged.Count < count || Reconnects == 0 || sinceReconnect < afterReconnect)
                {
                    while (inFlight.Count < InFlightMax)
                    {
                        _unacknowledged.Add(_next);
                        inFlight[Send(_next)] = _next;
                        _next++;
                    }

                    var done = await Task.WhenAny(inFlight.Keys);
                    inFlight.Remove(done, out var op);
                    Acknowledge(op, await done);
                    acknowledged();
                    if (Reconnects > 0)
                    {
                        sinceReconnect++;
                    }
                }

                // Let the last ones finish, so that nothing is left unacknowledged.
                foreach (var (task, op) in inFlight)
                {
                    Acknowledge(op, await task);
                    acknowledged();
                }

                return;
            }
            catch (Exception ex) when (Lost(ex))
            {
                // Answers that arrived before the connection dropped still count; the rest are sent again.
                foreach (var (task, op) in inFlight.Where(f => f.Key.IsCompletedSuccessfully))
                {
                    Acknowledge(op, task.Result);
                    acknowledged();
                }

                Reconnects++;
                await ConnectAsync(ReconnectWithin);
            }
        }
    }

    /// <summary>Takes in every event up to <paramref name="seq"/> that the current connection is pushed.</summary>
    public async Task ReceiveUntilAsync(long seq) => Fold(await Peer.ReceiveUntilAsync(seq));

    public ValueTask DisposeAsync() => _peer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private Task<JsonElement> Send(int i) => i % 2 == 0
        ? Peer.ApplyAsync("card.add", Payloads.AddCard($"c-{_name}-{i}", $"Scheda {i} di {_name}"), $"{_name}-{i}")
        : Peer.ApplyAsync("card.move", Payloads.MoveCard($"c-{_name}-{i - 1}", i, i), $"{_name}-{i}");

    private void Acknowledge(int op, JsonElement result)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        Assert.Equal($"{_name}-{op}", result.GetProperty("clientOpId").GetString());
        Acknowledged.Add($"{_name}-{op}", result.GetProperty("seq").GetInt64());
        _unacknowledged.Remove(op);
    }

    /// <summary>The connection is gone (the node died): the invocations in flight fail, and so do new ones.</summary>
    private bool Lost(Exception ex) =>
        ex is HubInvocationException or WebSocketException or IOException or ObjectDisposedException && Peer.Client.Closed.IsCompleted;

    /// <summary>
    /// Keeps what the old connection had received, then connects through the proxy again (until it lets us through) and
    /// joins with the last seq it holds.
    /// </summary>
    private async Task ConnectAsync(TimeSpan retryFor)
    {
        if (_peer is { } old)
        {
            Fold(old.ReceivedSoFar());
            await old.DisposeAsync();
            _peer = null;
        }

        using var deadline = new CancellationTokenSource(retryFor);
        using var retry = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        JsonElement reply;
        while (true)
        {
            try
            {
                _peer = new HubPeer(await HubClient.ConnectAsync(proxy, lab.ParticipantTokens[participant], lab.HubPath), lab.Id);
                reply = await Peer.JoinAsync(Replica.Seq == 0 ? null : Replica.Seq);
                if (reply.GetProperty("error") is { ValueKind: JsonValueKind.Object } error && error.GetProperty("code").GetString() == "unavailable" && !deadline.IsCancellationRequested)
                {
                    // The cluster has not yet declared the dead node dead: the browser joins again shortly, and so does this
                    // (on a new connection, so that the hub's per-connection join limit never answers instead).
                    await Peer.DisposeAsync();
                    _peer = null;
                    await retry.WaitForNextTickAsync(deadline.Token);
                    continue;
                }

                break;
            }
            catch (Exception ex) when (ex is HubConnectionRefusedException or HttpRequestException or WebSocketException or HubInvocationException && !deadline.IsCancellationRequested)
            {
                // The proxy has not yet given up on the dead node, or the cluster has not yet declared it dead (the lab's
                // grains still point there): try again, as the browser's retry policy does.
                if (_peer is { } failed)
                {
                    await failed.DisposeAsync();
                    _peer = null;
                }

                await retry.WaitForNextTickAsync(deadline.Token);
            }
        }

        Assert.Equal(JsonValueKind.Null, reply.GetProperty("error").ValueKind);
        if (reply.GetProperty("state") is { ValueKind: JsonValueKind.Object } state)
        {
            Replica = CanvasFold.Deserialize(state.GetProperty("state").GetRawText());
        }
        else
        {
            Fold([.. reply.GetProperty("events").GetProperty("events").EnumerateArray()]);
        }
    }

    private void Fold(List<JsonElement> events) =>
        CanvasFold.Fold(Replica, events.Select(e => e.Deserialize<CanvasEvent>(CanvasJson.Options)!).Where(e => e.Seq > Replica.Seq).ToList());
}
