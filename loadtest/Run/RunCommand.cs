using System.Globalization;
using System.Text;
using System.Text.Json;
using Laboratori.LoadTest.Baseline;

namespace Laboratori.LoadTest.Run;

/// <summary>The <c>run</c> command: the scenario against the platform and, with <c>--baseline</c>, against the in-process bare hub; then the table.</summary>
public static class RunCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(RunOptions options)
    {
        var pids = options.ServerPids.Count > 0
            ? options.ServerPids
            : options.Urls.Select(ServerProbe.FindPid).OfType<int>().Distinct().ToList();
        Console.WriteLine(pids.Count == 0
            ? "server process not found: no server CPU or memory figures (use --server-pid)"
            : $"server process(es) {string.Join(", ", pids)}");
        if (options.Ceiling)
        {
            return await CeilingAsync(options, pids);
        }

        var report = await RunOnceAsync(options, pids, Console.Out);
        Console.WriteLine();
        Console.WriteLine(Table(report));
        if (options.Output is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json));
            Console.WriteLine($"result written to {path}");
        }

        return report.Platform.Clean && (report.Baseline?.Clean ?? true) ? 0 : 1;
    }

    /// <summary>
    /// The scenario against the platform and, with <c>--baseline</c>, against the bare hub: in a child process, or in
    /// this one with <paramref name="baselineInProcess"/> (no server figures then).
    /// </summary>
    public static async Task<RunReport> RunOnceAsync(RunOptions options, IReadOnlyList<int> serverPids, TextWriter? progress, bool baselineInProcess = false, CancellationToken cancellationToken = default)
    {
        var platform = await new LoadRun(options, "platform", options.Urls, serverPids, progress).RunAsync(cancellationToken);
        RunResult? baseline = null;
        if (options.Baseline)
        {
            // Let the platform's closing connections settle before the baseline measures anything.
            GC.Collect();
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            if (baselineInProcess)
            {
                await using var bare = await BaselineServer.StartAsync(presence: options.BaselinePresence);
                baseline = await new LoadRun(options, options.BaselineLabel, [bare.Url], [], progress).RunAsync(cancellationToken);
            }
            else
            {
                await using var bare = await BaselineProcess.StartAsync(TimeSpan.FromSeconds(60), options.BaselinePresence);
                baseline = await new LoadRun(options, options.BaselineLabel, [bare.Url], [bare.Pid], progress).RunAsync(cancellationToken);
            }
        }

        return Report(options, platform, baseline);
    }

    /// <summary>
    /// Doubles the labs from <c>--labs</c> until delivery p99 passes <c>--ceiling-p99</c> ms, an error or a failed
    /// connection appears, or <c>--max-labs</c> is passed; each step against the same running server.
    /// </summary>
    private static async Task<int> CeilingAsync(RunOptions options, IReadOnlyList<int> pids)
    {
        var steps = new List<RunReport>();
        for (var labs = options.Labs; labs <= options.MaxLabs; labs *= 2)
        {
            var step = options with { Labs = labs, Baseline = false };
            Console.WriteLine($"==== ceiling step: {labs} labs x {options.Participants} participants = {labs * options.Participants} connections");
            var report = await RunOnceAsync(step, pids, Console.Out);
            steps.Add(report);
            Console.WriteLine(Table(report));
            if (options.Output is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(steps, Json));
            }

            var p = report.Platform;
            if (!p.Clean || p.Delivery.P99 > options.CeilingP99)
            {
                Console.WriteLine($"ceiling: {labs} labs ({labs * options.Participants} connections) is past it: p99 {p.Delivery.P99:F1} ms, {p.ErrorCount} errors, {p.ConnectionFailures} failed connections, {p.MissingDeliveries} missing deliveries");
                break;
            }

            // Connections of the closed step linger on the server for a moment; start the next from quiet.
            GC.Collect();
            await Task.Delay(TimeSpan.FromSeconds(10));
        }

        Console.WriteLine();
        Console.WriteLine(CeilingTable(steps, options.CeilingP99));
        return 0;
    }

    public static string CeilingTable(IReadOnlyList<RunReport> steps, double p99Limit)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"labs",6} {"conns",6} {"failed",6} {"acked/s",8} {"bcast/s",8} {"med ms",8} {"p99 ms",8} {"max ms",8} {"errors",7} {"missing",8} {"KB/conn",8} {"srv CPU%",8} {"gen CPU%",8}  (limit: p99 {p99Limit} ms, no errors)");
        foreach (var r in steps.Select(s => s.Platform))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Labs,6} {r.Connections,6} {r.ConnectionFailures,6} {r.AckedPerSecond,8:F1} {r.BroadcastMessagesPerSecond,8:F0} {r.Delivery.Median,8:F1} {r.Delivery.P99,8:F1} {r.Delivery.Max,8:F0} {r.ErrorCount,7} {r.MissingDeliveries,8} {(r.Server is { } s ? s.SteadyKbPerConnection.ToString("F1", CultureInfo.InvariantCulture) : "n/a"),8} {(r.Server is { } c ? c.SteadyCpuPercent.ToString("F0", CultureInfo.InvariantCulture) : "n/a"),8} {r.LoadGeneratorCpuPercent,8:F0}"));
        }

        return text.ToString();
    }

    public static RunReport Report(RunOptions options, RunResult platform, RunResult? baseline) => new(
        Machine(),
        options,
        platform,
        baseline,
        baseline is { AckedPerSecond: > 0 } ? platform.AckedPerSecond / baseline.AckedPerSecond : null,
        baseline is { Delivery.P99: > 0 } ? platform.Delivery.P99 / baseline.Delivery.P99 : null,
        baseline is { Delivery.Median: > 0 } ? platform.Delivery.Median / baseline.Delivery.Median : null);

    public static string Table(RunReport report)
    {
        var rows = new List<(string Name, Func<RunResult, string> Value)>
        {
            ("connections (failed)", r => $"{r.Connections} ({r.ConnectionFailures})"),
            ("ramp-up / steady s", r => $"{r.RampSeconds:F1} / {r.SteadySeconds:F1}"),
            ("ops sent / acked", r => $"{r.OpsSent} / {r.OpsAcked}"),
            ("acked ops/s", r => $"{r.AckedPerSecond:F1}"),
            ("broadcast msgs/s", r => $"{r.BroadcastMessagesPerSecond:F0}"),
            ("  events/s", r => $"{r.EventsPerSecond:F0}"),
            ("  presence/s", r => $"{r.PresencePerSecond:F0}"),
            ("presence updates/s", r => $"{r.PresenceUpdatesPerSecond:F0}"),
            ("wire B/s per conn in / out", r => $"{r.WireReceivedPerConnection:F0} / {r.WireSentPerConnection:F0}"),
            ("delivery median ms", r => $"{r.Delivery.Median:F1}"),
            ("delivery p95 ms", r => $"{r.Delivery.P95:F1}"),
            ("delivery p99 ms", r => $"{r.Delivery.P99:F1}"),
            ("delivery max ms", r => $"{r.Delivery.Max:F1}"),
            ("ack median / p99 ms", r => $"{r.Ack.Median:F1} / {r.Ack.P99:F1}"),
            ("deliveries / expected", r => $"{r.Deliveries} / {r.ExpectedDeliveries}"),
            ("missing deliveries", r => $"{r.MissingDeliveries}"),
            ("peers that received nothing", r => $"{r.PeersWithoutDeliveries}"),
            ("seq gaps", r => $"{r.SeqGaps}"),
            ("events pushed twice", r => $"{r.DuplicateDeliveries}"),
            ("errors", r => r.ErrorCount == 0 ? "0" : $"{r.ErrorCount}: " + string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value}"))),
            ("server RSS start/idle/conn/steady MB", r => r.Server is { } s ? $"{s.StartRssKb / 1024.0:F0} / {s.IdleRssKb / 1024.0:F0} / {s.ConnectedRssKb / 1024.0:F0} / {s.SteadyRssKb / 1024.0:F0}" : "n/a"),
            ("server KB/conn (connected)", r => r.Server is { } s ? $"{s.ConnectedKbPerConnection:F1}" : "n/a"),
            ("server KB/conn (second half)", r => r.Server?.SecondHalfKbPerConnection is { } k ? $"{k:F1}" : "n/a"),
            ("server KB/conn (steady)", r => r.Server is { } s ? $"{s.SteadyKbPerConnection:F1}" : "n/a"),
            ("server CPU % (steady)", r => r.Server is { } s ? $"{s.SteadyCpuPercent:F0}" : "n/a"),
            ("server threads idle/steady", r => r.Server is { } s ? $"{s.IdleThreads} / {s.SteadyThreads}" : "n/a"),
            ("load generator CPU %", r => $"{r.LoadGeneratorCpuPercent:F0}"),
        };

        var text = new StringBuilder();
        var o = report.Options;
        text.AppendLine(CultureInfo.InvariantCulture, $"{o.Labs} labs x {o.Participants} participants, {o.Rate} ops/s each, presence {o.Presence} Hz of movement ({o.IdleShare:P0} idle), protocol {o.ProtocolName}, {o.Duration} s steady, ramp-up {o.RampUp} s, {o.Urls.Count} node(s)   ({report.Machine})");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"",-38} {"platform",-24} {(report.Baseline is null ? string.Empty : o.BaselineLabel),-24}");
        foreach (var (name, value) in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name,-38} {value(report.Platform),-24} {(report.Baseline is null ? string.Empty : value(report.Baseline)),-24}"));
        }

        if (report.Baseline is not null)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"platform/baseline: throughput {report.ThroughputRatio:F2}x, delivery median {report.MedianRatio:F2}x, delivery p99 {report.P99Ratio:F2}x"));
        }

        return text.ToString();
    }

    private static string Machine()
    {
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?[9..].Trim() : null;
        return $"{Environment.ProcessorCount} cores, {memory ?? "? kB"} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }
}
