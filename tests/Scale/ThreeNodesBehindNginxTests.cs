using System.Diagnostics;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Tests.Support;
using Xunit.Abstractions;

namespace Laboratori.Tests.Scale;

/// <summary>
/// Three nodes of one cluster behind nginx as deploy/ configures it: a lab's writers are spread over all three nodes,
/// and whatever happens to the nodes — the lab's host killed, every node restarted in turn — every acknowledged
/// operation is in the log exactly once, the seqs have no gap, and every writer ends with the same canvas.
/// </summary>
[Collection(ScaleCollection.Name)]
public sealed class ThreeNodesBehindNginxTests(ThreeNodesBehindNginxFixture fixture, ITestOutputHelper output) : IClassFixture<ThreeNodesBehindNginxFixture>
{
    private const int WritersCount = 6;

    /// <summary>How many times the failover test kills the lab's host: <c>LABORATORI_FAILOVER_KILLS</c>, 2 by default.</summary>
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("LABORATORI_FAILOVER_KILLS"), out var kills) && kills > 0 ? kills : 2;
    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly TimeSpan RunWithin = TimeSpan.FromMinutes(4);

    private Nodes Nodes => fixture.Nodes;

    /// <summary>
    /// Kills the lab's host <see cref="Kills"/> times, starting it again after each failover. Each failover's time —
    /// from the kill to the first acknowledgement of an operation sent after it — goes to the test output and to
    /// artifacts/cluster/failover.json (a measurement, not an assertion: docs/performance.md quotes the benchmark run,
    /// <c>LABORATORI_FAILOVER_KILLS=10</c>).
    /// </summary>
    [Fact]
    public async Task KillingTheLabsHostMidStreamLosesNoAcknowledgedOperationAndEveryWriterConverges()
    {
        const int beforeKill = 40, afterEachKill = 8;
        var admin = await Nodes.AdminTokenAsync();
        var lab = await ScaleLab.CreateAsync(fixture.Nginx.Url, WritersCount);
        var writers = await ConnectSpreadAsync(lab);
        var killed = -1;
        var failovers = new List<Failover>();
        try
        {
            var editing = new Editing(writers);
            await editing.UntilAsync(beforeKill);
            for (var round = 0; round < Kills; round++)
            {
                var holder = await Nodes.NodeOfLabAsync(lab.Id, admin) ?? throw new InvalidOperationException("The lab's canvas is active nowhere.");
                killed = holder;
                await Nodes.KillAsync(holder);

                // Timed from the process's exit: an operation sent before it may still have been acknowledged by the dying node.
                var killedAt = Stopwatch.GetTimestamp();
                await editing.UntilAsync(() => FirstAcknowledgementAfter(killedAt, writers) is not null);
                var firstAck = Stopwatch.GetElapsedTime(killedAt, FirstAcknowledgementAfter(killedAt, writers)!.Value);
                var survivor = await SurvivorAsync(lab.Id, admin, holder);
                failovers.Add(new Failover(holder, survivor, firstAck.TotalMilliseconds));
                output.WriteLine($"Kill {round + 1}: node {holder}, the lab's host; first acknowledgement after {firstAck.TotalMilliseconds:0} ms, the lab now on node {survivor}.");

                await Nodes.StartAgainAsync(holder);
                killed = -1;
                await editing.UntilAsync(editing.Acknowledged + afterEachKill);
            }

            await editing.StopAsync();

            var log = await AssertExactlyOnceAndConvergedAsync(lab, writers);
            Assert.Contains(writers, w => w.Reconnects > 0);
            output.WriteLine($"{log.Count} events; reconnects {writers.Sum(w => w.Reconnects)}, unavailable answers resent {writers.Sum(w => w.Retries)}.");
            await WriteFailoversAsync(failovers);
        }
        catch (Exception) when (Report())
        {
            throw;
        }
        finally
        {
            await DisposeAllAsync(writers);
            if (killed >= 0)
            {
                await Nodes.StartAgainAsync(killed);
            }
        }
    }

    [Fact]
    public async Task ARollingRestartOfEveryNodeUnderLoadLosesNothingAndRefusesNothing()
    {
        const int warmUp = 30, betweenRestarts = 10;
        var lab = await ScaleLab.CreateAsync(fixture.Nginx.Url, WritersCount);
        var writers = await ConnectSpreadAsync(lab);
        var stopped = new List<int>();
        try
        {
            var editing = new Editing(writers);
            await editing.UntilAsync(warmUp);
            var restarts = new List<string>();
            for (var node = 0; node < Nodes.Count; node++)
            {
                var clock = Stopwatch.StartNew();
                stopped.Add(node);
                Assert.Equal(0, await Nodes.StopAsync(node));
                var stoppedIn = clock.Elapsed;
                await Nodes.StartAgainAsync(node);
                stopped.Remove(node);
                restarts.Add($"node {node}: stopped in {stoppedIn.TotalSeconds:0.0} s, serving again after {clock.Elapsed.TotalSeconds:0.0} s");

                // The lab goes on being edited while the node is away and once it is back, before the next one stops.
                await editing.UntilAsync(editing.Acknowledged + betweenRestarts);
            }

            await editing.StopAsync();

            var log = await AssertExactlyOnceAndConvergedAsync(lab, writers);
            Assert.Contains(writers, w => w.Reconnects > 0);
            output.WriteLine(string.Join(Environment.NewLine, restarts));
            output.WriteLine($"{log.Count} events; reconnects {writers.Sum(w => w.Reconnects)}, unavailable answers resent {writers.Sum(w => w.Retries)}.");
        }
        catch (Exception) when (Report())
        {
            throw;
        }
        finally
        {
            await DisposeAllAsync(writers);
            foreach (var node in stopped)
            {
                await Nodes.StartAgainAsync(node);
            }
        }
    }

    /// <summary>Connects the writers through nginx one after the other: it spreads them over every node.</summary>
    private async Task<List<ReconnectingWriter>> ConnectSpreadAsync(ScaleLab lab)
    {
        var writers = Enumerable.Range(0, WritersCount).Select(i => new ReconnectingWriter(fixture.Nginx.Url, lab, i)).ToList();
        foreach (var writer in writers)
        {
            await writer.ConnectAsync();
        }

        var nodes = writers.Select(w => w.Node).ToList();
        Assert.Equal(Nodes.Urls.Select(u => u.Authority).Order(), nodes.Distinct().Order());
        return writers;
    }

    /// <summary>
    /// The log PostgreSQL holds has no gap, holds every acknowledged operation once at the seq its acknowledgement said,
    /// and nothing else of the writers; every writer, on whatever node it ended, is pushed the whole log and folds it to
    /// the same canvas.
    /// </summary>
    private async Task<List<CanvasEvent>> AssertExactlyOnceAndConvergedAsync(ScaleLab lab, List<ReconnectingWriter> writers)
    {
        var log = await Nodes.ReadLogAsync(lab.Id);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
        Assert.Empty(log.GroupBy(e => (e.Author, e.ClientOpId)).Where(g => g.Count() > 1).Select(g => g.Key));
        var bySeq = log.ToDictionary(e => e.Seq);
        foreach (var writer in writers)
        {
            Assert.All(writer.Acknowledged, a => Assert.Equal(a.Key, bySeq[a.Value].ClientOpId));
        }

        Assert.Equal(
            writers.SelectMany(w => w.Acknowledged.Keys).Order(),
            log.Where(e => e.Type.StartsWith("card.", StringComparison.Ordinal)).Select(e => e.ClientOpId).Order());

        var folded = CanvasFold.Fold(null, log);
        var expected = CanvasFold.Serialize(folded);
        foreach (var writer in writers)
        {
            await writer.ReceiveUntilAsync(log[^1].Seq);
            // The log names no participant: their names live in the roster, and every node fills them in for its readers.
            // Each participant the writer saw has one; everything else is compared as the log has it.
            foreach (var member in writer.Replica.Members.Values.Where(m => m.Role == Role.Participant))
            {
                Assert.NotEqual(string.Empty, member.DisplayName);
                var logged = folded.Members[member.Id];
                (member.DisplayName, member.Organisation, member.Sector) = (logged.DisplayName, logged.Organisation, logged.Sector);
            }

            Assert.Equal(expected, CanvasFold.Serialize(writer.Replica));
        }

        return log;
    }

    /// <summary>
    /// The node the lab lives on now: it is not <paramref name="killed"/>, once every node's view of Orleans' directory has
    /// caught up with the failover (asked again every 100 ms: the directory has no event a test can wait on).
    /// </summary>
    private async Task<int> SurvivorAsync(string labId, string admin, int killed)
    {
        var deadline = DateTime.UtcNow + RunWithin;
        while (true)
        {
            if (await Nodes.NodeOfLabAsync(labId, admin) is { } node && node != killed)
            {
                return node;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The lab's canvas was still placed on the killed node {killed} after {RunWithin}.");
            await Task.Delay(100);
        }
    }

    /// <summary>When the first operation sent after <paramref name="after"/> was acknowledged, by any writer; null before.</summary>
    private static long? FirstAcknowledgementAfter(long after, List<ReconnectingWriter> writers) =>
        writers.SelectMany(w => w.Timings).Where(t => t.Sent >= after).Select(t => (long?)t.Acknowledged).Min();

    private static async Task WriteFailoversAsync(List<Failover> failovers)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Repository.Root, "artifacts", "cluster")).FullName;
        var times = failovers.Select(f => f.FirstAcknowledgementMs).Order().ToList();
        await File.WriteAllTextAsync(Path.Combine(folder, "failover.json"), JsonSerializer.Serialize(new
        {
            kills = failovers.Count,
            medianMs = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2,
            maxMs = times[^1],
            failovers,
        }, ReportJson));
    }

    private static async Task DisposeAllAsync(List<ReconnectingWriter> writers)
    {
        foreach (var writer in writers)
        {
            await writer.DisposeAsync();
        }
    }

    private bool Report()
    {
        output.WriteLine(Nodes.Output);
        output.WriteLine("--- nginx ---");
        output.WriteLine(fixture.Nginx.ErrorLog);
        return false;
    }

    /// <summary>One kill of the lab's host: where the lab went, and how long until an operation sent after the kill was acknowledged.</summary>
    private sealed record Failover(int Killed, int Survivor, double FirstAcknowledgementMs);

    /// <summary>
    /// The writers editing until told to stop; a test waits for their acknowledgements to reach a goal without polling
    /// (each acknowledgement pulses).
    /// </summary>
    private sealed class Editing
    {
        private readonly Task _running;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _acknowledged;
        private bool _stop;

        public Editing(IEnumerable<ReconnectingWriter> writers) =>
            _running = Task.WhenAll(writers.Select(w => w.RunAsync(() => !Volatile.Read(ref _stop), () =>
            {
                Interlocked.Increment(ref _acknowledged);
                Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            })));

        public int Acknowledged => Volatile.Read(ref _acknowledged);

        public Task UntilAsync(int target) => UntilAsync(() => Acknowledged >= target);

        public async Task UntilAsync(Func<bool> reached)
        {
            using var timeout = new CancellationTokenSource(RunWithin);
            while (!reached())
            {
                var changed = Volatile.Read(ref _changed).Task;
                if (reached())
                {
                    return;
                }

                await Task.WhenAny(changed, _running).WaitAsync(timeout.Token);
                if (_running.IsCompleted)
                {
                    await _running;
                    Assert.Fail($"The writers stopped at {Acknowledged} acknowledged operations, before the test's goal.");
                }
            }
        }

        /// <summary>Stops sending new operations and waits until every one sent is acknowledged.</summary>
        public Task StopAsync()
        {
            Volatile.Write(ref _stop, true);
            return _running.WaitAsync(RunWithin);
        }
    }
}
