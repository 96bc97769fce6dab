using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Run;

/// <summary>
/// The <c>run</c> scenario against one target: staff signs in and creates the labs (phase <c>libera</c>), participants
/// join over the ramp-up, then everyone acts for the duration; then a drain while the last events arrive.
/// </summary>
public sealed class LoadRun(RunOptions options, string target, Uri url, int? serverPid, TextWriter? progress)
{
    private readonly RunMetrics _metrics = new();

    public RunMetrics Metrics => _metrics;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseProxy = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var api = new LabApiClient(http);
        var idle = serverPid is { } pid ? ProcessSample.Take(pid) : null;
        var self = ProcessSample.Take(Environment.ProcessId);

        var staff = await api.LoginAsync(options.UserName, options.Password, cancellationToken);
        var labs = new List<SimulatedLab>(options.Labs);
        await using (var facilitator = await HubClient.ConnectAsync(url, staff.Token, cancellationToken))
        {
            for (var i = 0; i < options.Labs; i++)
            {
                var created = await api.CreateLabAsync(staff.Token, $"Carico {i + 1} {DateTime.Now:HH:mm:ss}", cancellationToken);
                labs.Add(new SimulatedLab(created.Id, created.JoinCode));
                Check(await facilitator.InvokeAsync("Join", created.Id, null));
                Check(await facilitator.InvokeAsync("Apply", created.Id, new { clientOpId = "phase-" + created.Id, type = "lab.phase", payload = new { phase = "libera" } }));
                Check(await facilitator.InvokeAsync("Leave", created.Id), allowNull: true);
            }
        }

        var participants = new List<SimulatedParticipant>(options.Labs * options.Participants);
        for (var p = 0; p < options.Participants; p++)
        {
            foreach (var lab in labs)
            {
                participants.Add(new SimulatedParticipant(lab, _metrics, participants.Count));
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
            for (var i = 0; i < participants.Count; i++)
            {
                var due = TimeSpan.FromSeconds(options.RampUp * i / participants.Count);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }

                joins.Add(participants[i].JoinAsync(api, url, cancellationToken));
            }

            await Task.WhenAll(joins).WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
            var rampSeconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var connected = serverPid is { } p1 ? ProcessSample.Take(p1) : null;
            var connections = _metrics.Connections;

            phase = "steady";
            var steadyStarted = clock.Elapsed;
            var counts = (_metrics.OpsAcked, _metrics.EventMessages, _metrics.Events, _metrics.PresenceMessages);
            using (var window = new CancellationTokenSource(TimeSpan.FromSeconds(options.Duration)))
            {
                var acting = participants.Where(p => p.Client is not null)
                    .SelectMany(p => new[] { p.ActAsync(options.Rate, window.Token), p.PresenceAsync(options.Presence, window.Token) })
                    .ToList();
                await Task.WhenAll(acting);
            }

            var steadySeconds = (clock.Elapsed - steadyStarted).TotalSeconds;
            var steady = serverPid is { } p2 ? ProcessSample.Take(p2) : null;
            var selfSteady = ProcessSample.Take(Environment.ProcessId);
            var delta = (Acked: _metrics.OpsAcked - counts.OpsAcked, Messages: _metrics.EventMessages - counts.EventMessages,
                Events: _metrics.Events - counts.Events, Presence: _metrics.PresenceMessages - counts.PresenceMessages);

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
                url,
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
                (delta.Messages + delta.Presence) / steadySeconds,
                delta.Events / steadySeconds,
                delta.Presence / steadySeconds,
                _metrics.Delivery.ToStats(),
                _metrics.Ack.ToStats(),
                _metrics.ExpectedDeliveries,
                _metrics.Deliveries,
                _metrics.PendingDeliveries,
                _metrics.SeqGaps,
                new SortedDictionary<string, long>(_metrics.Errors, StringComparer.Ordinal),
                _metrics.ErrorCount,
                idle is not null && connected is not null && steady is not null
                    ? new ServerFigures(
                        serverPid!.Value,
                        idle.RssKb,
                        connected.RssKb,
                        steady.RssKb,
                        (connected.RssKb - idle.RssKb) / (double)Math.Max(1, connections),
                        (steady.RssKb - idle.RssKb) / (double)Math.Max(1, connections),
                        ProcessSample.CpuPercent(idle, connected),
                        ProcessSample.CpuPercent(connected, steady),
                        idle.Threads,
                        steady.Threads)
                    : null,
                self is not null && selfSteady is not null ? ProcessSample.CpuPercent(self, selfSteady) : 0);
            return result;
        }
        finally
        {
            await Task.WhenAll(participants.Select(p => p.StopAsync().AsTask())).WaitAsync(TimeSpan.FromSeconds(60), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ticker.CancelAsync();
            await printing;
        }
    }

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

    private static void Check(JsonElement reply, bool allowNull = false)
    {
        if (allowNull && reply.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        if (reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("Refused: " + error.GetRawText());
        }
    }
}
