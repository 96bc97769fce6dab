using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Run;

/// <summary>
/// The <c>run</c> scenario against one target (one node, or several sharing a database): staff signs in and creates the
/// labs (phase <c>libera</c>), participants join over the ramp-up, spread over the target's URLs, then everyone acts for
/// the duration; then a drain while the last events arrive.
/// </summary>
public sealed class LoadRun(RunOptions options, string target, IReadOnlyList<Uri> urls, IReadOnlyList<int> serverPids, TextWriter? progress)
{
    private readonly RunMetrics _metrics = new();

    public RunMetrics Metrics => _metrics;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var handlers = urls.Select(_ => new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseProxy = false, UseCookies = false }).ToList();
        var clients = urls.Select((u, i) => new HttpClient(handlers[i]) { BaseAddress = u, Timeout = TimeSpan.FromSeconds(60) }).ToList();
        try
        {
            return await RunAsync(clients.Select(c => new LabApiClient(c)).ToList(), cancellationToken);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            handlers.ForEach(h => h.Dispose());
        }
    }

    private async Task<RunResult> RunAsync(List<LabApiClient> apis, CancellationToken cancellationToken)
    {
        var start = ProcessSample.Take(serverPids);
        var labs = await LabSetup.MakeLabsAsync(apis[0], urls, options.UserName, options.Password, options.Labs, target, progress, cancellationToken);
        var idle = ProcessSample.Take(serverPids);
        var self = ProcessSample.Take(Environment.ProcessId);

        // Participant p of lab l talks to node (p + l) mod nodes: with several nodes every lab spans them.
        var participants = new List<SimulatedParticipant>(options.Labs * options.Participants);
        var nodeOf = new List<int>(participants.Capacity);
        for (var p = 0; p < options.Participants; p++)
        {
            for (var l = 0; l < labs.Count; l++)
            {
                participants.Add(new SimulatedParticipant(labs[l], _metrics, participants.Count, options.Protocol, moves: p >= options.Participants * options.IdleShare));
                nodeOf.Add((p + l) % urls.Count);
            }
        }

        var clock = Stopwatch.StartNew();
        using var ticker = new CancellationTokenSource();
        var phase = "ramp-up";
        var printing = PrintProgressAsync(clock, () => phase, ticker.Token);
        try
        {
            // Ramp-up: participant i starts at i/T of the ramp-up time, all labs interleaved.
            var joins = new List<Task<bool>>(participants.Count);
            (ProcessSample? Sample, long Connections) half = (null, 0);
            for (var i = 0; i < participants.Count; i++)
            {
                if (i == participants.Count / 2)
                {
                    half = (ProcessSample.Take(serverPids), _metrics.Connections);
                }

                var due = TimeSpan.FromSeconds(options.RampUp * i / participants.Count);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }

                joins.Add(participants[i].JoinAsync(apis[nodeOf[i]], urls[nodeOf[i]], cancellationToken));
            }

            // Bounded: a join still hanging after two minutes counts as failed and that participant sits the run out.
            await ((Task)Task.WhenAll(joins)).WaitAsync(TimeSpan.FromSeconds(120), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var joined = participants.Where((_, i) => joins[i].IsCompletedSuccessfully && joins[i].Result).ToList();
            foreach (var _ in joins.Where(j => !j.IsCompleted))
            {
                _metrics.ConnectionFailed("join_timeout");
            }

            var rampSeconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var connected = ProcessSample.Take(serverPids);
            var connections = _metrics.Connections;

            phase = "steady";
            var steadyStarted = clock.Elapsed;
            var counts = (_metrics.OpsAcked, _metrics.EventMessages, _metrics.Events, _metrics.PresenceMessages, _metrics.PresenceUpdates);
            var wireBefore = Wire(joined);
            using (var window = new CancellationTokenSource(TimeSpan.FromSeconds(options.Duration)))
            {
                // The whole window even when nobody acts (--rate 0 --presence 0: connections alone).
                var acting = joined
                    .SelectMany(p => new[] { p.ActAsync(options.Rate, window.Token), p.PresenceAsync(options.Presence, window.Token) })
                    .Append(Task.Delay(TimeSpan.FromSeconds(options.Duration), cancellationToken))
                    .ToList();
                await Task.WhenAll(acting);
            }

            var steadySeconds = (clock.Elapsed - steadyStarted).TotalSeconds;
            var wireAfter = Wire(joined);
            var perConnectionSecond = Math.Max(1, joined.Count) * steadySeconds;
            var steady = ProcessSample.Take(serverPids);
            var selfSteady = ProcessSample.Take(Environment.ProcessId);
            var delta = (Acked: _metrics.OpsAcked - counts.OpsAcked, Messages: _metrics.EventMessages - counts.EventMessages,
                Events: _metrics.Events - counts.Events, Presence: _metrics.PresenceMessages - counts.PresenceMessages,
                PresenceUpdates: _metrics.PresenceUpdates - counts.PresenceUpdates);

            phase = "drain";
            var drainUntil = clock.Elapsed + TimeSpan.FromSeconds(options.Drain);
            while (_metrics.PendingDeliveries > 0 && clock.Elapsed < drainUntil)
            {
                await Task.Delay(200, cancellationToken);
            }

            phase = "closing";
            foreach (var participant in participants)
            {
                participant.Stopping();
            }

            var result = new RunResult(
                target,
                [.. urls],
                options.Labs,
                options.Participants,
                connections,
                _metrics.ConnectionFailures,
                rampSeconds,
                steadySeconds,
                _metrics.OpsSent,
                _metrics.OpsAcked,
                delta.Acked / steadySeconds,
                _metrics.EventMessages,
                _metrics.Events,
                _metrics.PresenceMessages,
                _metrics.PresenceUpdates,
                (delta.Messages + delta.Presence) / steadySeconds,
                delta.Events / steadySeconds,
                delta.Presence / steadySeconds,
                delta.PresenceUpdates / steadySeconds,
                _metrics.Delivery.ToStats(),
                _metrics.Ack.ToStats(),
                _metrics.ExpectedDeliveries,
                _metrics.Deliveries,
                _metrics.PendingDeliveries,
                _metrics.SeqGaps,
                new SortedDictionary<string, long>(_metrics.Errors, StringComparer.Ordinal),
                _metrics.ErrorCount,
                start is not null && idle is not null && connected is not null && steady is not null
                    ? new ServerFigures(
                        [.. serverPids],
                        start.RssKb,
                        idle.RssKb,
                        connected.RssKb,
                        steady.RssKb,
                        (connected.RssKb - idle.RssKb) / (double)Math.Max(1, connections),
                        (steady.RssKb - idle.RssKb) / (double)Math.Max(1, connections),
                        ProcessSample.CpuPercent(idle, connected),
                        ProcessSample.CpuPercent(connected, steady),
                        idle.Threads,
                        steady.Threads)
                    {
                        SecondHalfKbPerConnection = half.Sample is { } h && connections > half.Connections
                            ? (connected.RssKb - h.RssKb) / (double)(connections - half.Connections)
                            : null,
                    }
                    : null,
                self is not null && selfSteady is not null ? ProcessSample.CpuPercent(self, selfSteady) : 0,
                joined.Count(p => p.DeliveriesReceived == 0),
                (wireAfter.Received - wireBefore.Received) / perConnectionSecond,
                (wireAfter.Sent - wireBefore.Sent) / perConnectionSecond,
                _metrics.Duplicates);
            return result;
        }
        finally
        {
            await Task.WhenAll(participants.Select(p => p.StopAsync().AsTask())).WaitAsync(TimeSpan.FromSeconds(60), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ticker.CancelAsync();
            await printing;
        }
    }

    /// <summary>WebSocket payload bytes the participants' connections have received and sent so far.</summary>
    private static (long Received, long Sent) Wire(List<SimulatedParticipant> joined) =>
        (joined.Sum(p => p.Client?.BytesReceived ?? 0), joined.Sum(p => p.Client?.BytesSent ?? 0));

    private async Task PrintProgressAsync(Stopwatch clock, Func<string> phase, CancellationToken stop)
    {
        if (progress is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var m = _metrics;
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{target} {clock.Elapsed.TotalSeconds,5:F0}s {phase(),-7}] conns {m.Connections,5} (failed {m.ConnectionFailures}) | ops sent {m.OpsSent,6} acked {m.OpsAcked,6} | events {m.Events,8} presence {m.PresenceMessages,9} | errors {m.ErrorCount,3} | p99 {m.Delivery.Quantile(0.99),7:F1} ms"));
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
