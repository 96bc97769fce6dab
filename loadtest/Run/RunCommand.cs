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
        var pid = options.ServerPid ?? ServerProbe.FindPid(options.Url);
        Console.WriteLine(pid is null
            ? "server process not found: no server CPU or memory figures (use --server-pid)"
            : $"server process {pid}");
        var platform = await new LoadRun(options, "platform", options.Url, pid, Console.Out).RunAsync();
        RunResult? baseline = null;
        if (options.Baseline)
        {
            GC.Collect();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await using var bare = await BaselineServer.StartAsync();
            baseline = await new LoadRun(options, "baseline", bare.Url, null, Console.Out).RunAsync();
        }

        var report = Report(options, platform, baseline);
        Console.WriteLine();
        Console.WriteLine(Table(report));
        if (options.Output is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json));
            Console.WriteLine($"result written to {path}");
        }

        return platform.Clean && (baseline?.Clean ?? true) ? 0 : 1;
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
            ("delivery median ms", r => $"{r.Delivery.Median:F1}"),
            ("delivery p95 ms", r => $"{r.Delivery.P95:F1}"),
            ("delivery p99 ms", r => $"{r.Delivery.P99:F1}"),
            ("delivery max ms", r => $"{r.Delivery.Max:F1}"),
            ("ack median / p99 ms", r => $"{r.Ack.Median:F1} / {r.Ack.P99:F1}"),
            ("deliveries / expected", r => $"{r.Deliveries} / {r.ExpectedDeliveries}"),
            ("missing deliveries", r => $"{r.MissingDeliveries}"),
            ("seq gaps", r => $"{r.SeqGaps}"),
            ("errors", r => r.ErrorCount == 0 ? "0" : $"{r.ErrorCount}: " + string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value}"))),
            ("server RSS idle/conn/steady MB", r => r.Server is { } s ? $"{s.IdleRssKb / 1024.0:F0} / {s.ConnectedRssKb / 1024.0:F0} / {s.SteadyRssKb / 1024.0:F0}" : "n/a (in-process)"),
            ("server KB/conn (connected)", r => r.Server is { } s ? $"{s.ConnectedKbPerConnection:F1}" : "n/a"),
            ("server KB/conn (steady)", r => r.Server is { } s ? $"{s.SteadyKbPerConnection:F1}" : "n/a"),
            ("server CPU % (steady)", r => r.Server is { } s ? $"{s.SteadyCpuPercent:F0}" : "n/a"),
            ("server threads idle/steady", r => r.Server is { } s ? $"{s.IdleThreads} / {s.SteadyThreads}" : "n/a"),
            ("load generator CPU %", r => $"{r.LoadGeneratorCpuPercent:F0}"),
        };

        var text = new StringBuilder();
        var o = report.Options;
        text.AppendLine(CultureInfo.InvariantCulture, $"{o.Labs} labs x {o.Participants} participants, {o.Rate} ops/s each, presence {o.Presence} Hz, {o.Duration} s steady, ramp-up {o.RampUp} s   ({report.Machine})");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"",-32} {"platform",-24} {(report.Baseline is null ? string.Empty : "baseline"),-24}");
        foreach (var (name, value) in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {value(report.Platform),-24} {(report.Baseline is null ? string.Empty : value(report.Baseline)),-24}"));
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
