using System.Diagnostics;
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

    /// <summary>Longer than a failover takes: a call to a dead node's grain waits until the cluster declares it dead.</summary>
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(90);

    /// <summary>The browser's pause before it resends an operation answered <c>unavailable</c>.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(200);

    private readonly string _name = $"w{participant}";
    private readonly List<int> _unacknowledged = [];
    private readonly Dictionary<int, long> _lastSent = [];
    private readonly List<(long Sent, long Acknowledged)> _timings = [];
    private HubPeer? _peer;
    private int _next;

    /// <summary>clientOpId → the seq of its acknowledgement.</summary>
    public Dictionary<string, long> Acknowledged { get; } = [];

    public int Reconnects { get; private set; }

    /// <summary>
    /// Each acknowledgement: when its operation was last sent and when the answer came (<see cref="Stopwatch"/>
    /// timestamps). A copy, safe to read while the writer runs.
    /// </summary>
    public IReadOnlyList<(long Sent, long Acknowledged)> Timings
    {
        get
        {
            lock (_timings)
            {
                return [.. _timings];
            }
        }
    }

    /// <summary>Answers <c>unavailable</c> (retryable: the operation was sent again, as the browser does).</summary>
    public int Retries { get; private set; }

    /// <summary>The node (its address, as nginx says in <see cref="NginxProcess.NodeHeader"/>) the current connection reached.</summary>
    public string? Node => Peer.Client.UpgradeResponseHeaders?.TryGetValue(NginxProcess.NodeHeader, out var node) == true ? node.Single().Split(", ")[^1] : null;

    public CanvasState Replica { get; private set; } = new();

    private HubPeer Peer => _peer ?? throw new InvalidOperationException("Not connected.");

    public Task ConnectAsync() => ConnectAsync(TimeSpan.Zero);

    /// <summary>
    /// Edits while <paramref name="more"/> says so, then until every operation sent is acknowledged; through dropped
    /// connections (reconnect, join from the last seq, resend) and <c>unavailable</c> answers (resend).
    /// <paramref name="acknowledged"/> is told of each acknowledgement.
    /// </summary>
    public async Task RunAsync(Func<bool> more, Action acknowledged)
    {
        while (true)
        {
            var inFlight = new Dictionary<Task<JsonElement>, int>();
            try
            {
                while (true)
                {
                    // Resends first, in order; a card's move waits for its add to be acknowledged, as a person moves only
                    // a card they see (an add answered `unavailable` and sent again must not be overtaken by its move).
                    foreach (var op in _unacknowledged.Where(o => Ready(o) && !inFlight.ContainsValue(o)).Take(InFlightMax - inFlight.Count).ToList())
                    {
                        inFlight[Send(op)] = op;
                    }

                    while (inFlight.Count < InFlightMax && more() && Ready(_next))
                    {
                        Assert.True(_next < 100_000, $"{_name} sent {_next} operations: the test never said stop.");
                        _unacknowledged.Add(_next);
                        inFlight[Send(_next)] = _next;
                        _next++;
                    }

                    if (inFlight.Count == 0)
                    {
                        return;
                    }

                    var done = await Task.WhenAny(inFlight.Keys);
                    inFlight.Remove(done, out var finished);
                    if (Retryable(await done))
                    {
                        Retries++;
                        await Task.Delay(RetryAfter);
                        continue;
                    }

                    Acknowledge(finished, await done);
                    acknowledged();
                }
            }
            catch (Exception ex) when (Lost(ex))
            {
                // Answers that arrived before the connection dropped still count; the rest are sent again.
                foreach (var (task, op) in inFlight.Where(f => f.Key.IsCompletedSuccessfully && !Retryable(f.Key.Result)))
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

    private Task<JsonElement> Send(int i)
    {
        var (type, payload) = i % 2 == 0
            ? ("card.add", Payloads.AddCard($"c-{_name}-{i}", $"Scheda {i} di {_name}"))
            : ("card.move", Payloads.MoveCard($"c-{_name}-{i - 1}", i, i));
        _lastSent[i] = Stopwatch.GetTimestamp();
        return Peer.Client.InvokeAsync("Apply", lab.Id, new { clientOpId = $"{_name}-{i}", type, payload }).WaitAsync(AnswerWithin);
    }

    /// <summary>An add may go at once; a move (odd numbers: it moves the card the number before it added) once that add is acknowledged.</summary>
    private bool Ready(int op) => op % 2 == 0 || !_unacknowledged.Contains(op - 1);

    private static bool Retryable(JsonElement result) =>
        result.GetProperty("error") is { ValueKind: JsonValueKind.Object } error && error.GetProperty("code").GetString() == "unavailable";

    private void Acknowledge(int op, JsonElement result)
    {
        Assert.True(result.GetProperty("error").ValueKind == JsonValueKind.Null, $"{_name}-{op} was refused: {result.GetProperty("error")}");
        Assert.Equal($"{_name}-{op}", result.GetProperty("clientOpId").GetString());
        Acknowledged.Add($"{_name}-{op}", result.GetProperty("seq").GetInt64());
        _unacknowledged.Remove(op);
        lock (_timings)
        {
            _timings.Add((_lastSent[op], Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>
    /// The connection is gone (the node died or stopped): a send fails at once (broken pipe), even before the receive
    /// loop has seen the close; invocations in flight fail once it has.
    /// </summary>
    private bool Lost(Exception ex) =>
        ex is WebSocketException or IOException || ex is HubInvocationException or ObjectDisposedException && Peer.Client.Closed.IsCompleted;

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
