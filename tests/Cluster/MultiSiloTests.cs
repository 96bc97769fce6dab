using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Support;
using static Laboratori.Tests.Support.CanvasCalls;

namespace Laboratori.Tests.Cluster;

/// <summary>
/// The grains on a cluster of two silos: a lab lives in one activation whichever silo calls it, comes back from storage
/// on the survivor when its silo dies, and tells observers on every silo each event once.
/// </summary>
public sealed class MultiSiloTests : IAsyncLifetime
{
    private static readonly Actor Facilitator = new("staff-f", Role.Facilitator, "Giulia");
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly TwoSilos _silos = new();

    public Task InitializeAsync() => _silos.InitializeAsync();

    public Task DisposeAsync() => _silos.DisposeAsync();

    [Fact]
    public async Task ConcurrentCallsFromBothSilosReachOneActivationAndGetGaplessSeqs()
    {
        var (first, second) = (TwoSilos.GrainsOf(_silos.Cluster.Silos[0]), TwoSilos.GrainsOf(_silos.Cluster.Silos[1]));
        var labId = await NewLabAsync(first);
        var start = (await first.GetGrain<ICanvasGrain>(labId).GetStateAsync(CanvasCalls.Staff)).Seq;

        var results = await Task.WhenAll(Enumerable.Range(0, 80).Select(i =>
            (i % 2 == 0 ? first : second).GetGrain<ICanvasGrain>(labId).ApplyAsync(Facilitator, AddCard($"c{i}"))));

        // A second activation would have appended behind the first one's back: the log's expected-seq fence would have
        // refused it (`unavailable`) and the seqs would not be one gapless run.
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(Enumerable.Range(1, 80).Select(i => start + i), results.Select(r => r.Seq).Order());
        var management = first.GetGrain<IManagementGrain>(0);
        Assert.Equal(1, await management.GetGrainActivationCount((GrainReference)first.GetGrain<ICanvasGrain>(labId)));
        var events = await AllEventsAsync(second.GetGrain<ICanvasGrain>(labId));
        Assert.Equal(Enumerable.Range(1, (int)start + 80).Select(i => (long)i), events.Select(e => e.Seq));
    }

    [Fact]
    public async Task WhenTheLabsSiloDiesTheLabComesBackOnTheSurvivorFromStorage()
    {
        var grains = TwoSilos.GrainsOf(_silos.Cluster.Silos[0]);
        var labId = await NewLabAsync(grains);
        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        var management = grains.GetGrain<IManagementGrain>(0);
        var host = await management.GetActivationAddress(canvas);
        var doomed = _silos.Cluster.Silos.Single(s => s.SiloAddress == host);
        var survivor = _silos.Cluster.Silos.Single(s => s != doomed);
        grains = TwoSilos.GrainsOf(survivor);
        canvas = grains.GetGrain<ICanvasGrain>(labId);
        management = grains.GetGrain<IManagementGrain>(0);
        for (var i = 0; i < 10; i++)
        {
            Assert.Null((await canvas.ApplyAsync(Facilitator, AddCard($"before{i}"))).Error);
        }

        var before = await canvas.GetStateAsync(CanvasCalls.Staff);

        await _silos.Cluster.KillSiloAsync(doomed).WaitAsync(Patience);

        // Calls fail until the cluster declares the silo dead; then the lab activates on the survivor from the log.
        var after = await UntilAnsweredAsync(() => canvas.GetStateAsync(CanvasCalls.Staff));
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.State, after.State);
        Assert.Equal(survivor.SiloAddress, await management.GetActivationAddress(canvas));
        var next = await canvas.ApplyAsync(Facilitator, AddCard("after"));
        Assert.Null(next.Error);
        Assert.Equal(before.Seq + 1, next.Seq);
        var events = await AllEventsAsync(canvas);
        Assert.Equal(Enumerable.Range(1, (int)next.Seq).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(CanvasFold.Serialize(CanvasFold.Fold(null, events)), (await canvas.GetStateAsync(CanvasCalls.Staff)).State);
    }

    [Fact]
    public async Task ObserversOnBothSilosHearEveryEventOnce()
    {
        var silos = _silos.Cluster.Silos.Take(2).Select(TwoSilos.GrainsOf).ToArray();
        var labId = await NewLabAsync(silos[0]);
        var observers = silos.Select(_ => new RecordingObserver()).ToArray();
        var from = new long[2];
        for (var s = 0; s < 2; s++)
        {
            var reference = silos[s].CreateObjectReference<ICanvasObserver>(observers[s]);
            from[s] = (await silos[s].GetGrain<ICanvasGrain>(labId).SubscribeAsync(reference)).Seq;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            silos[i % 2].GetGrain<ICanvasGrain>(labId).ApplyAsync(Facilitator, AddCard($"o{i}"))));
        Assert.All(results, r => Assert.Null(r.Error));
        var last = results.Max(r => r.Seq);

        for (var s = 0; s < 2; s++)
        {
            var heard = new List<CanvasEvent>();
            using var timeout = new CancellationTokenSource(Patience);
            while (heard.Count < last - from[s])
            {
                heard.AddRange(await observers[s].Events.Reader.ReadAsync(timeout.Token));
            }

            // One-way messages may overtake each other between silos: the node's feed puts them in seq order and fills
            // any gap from the log (LabFeed). What the grain owes each observer is every event, once.
            Assert.Equal(Enumerable.Range((int)from[s] + 1, (int)(last - from[s])).Select(i => (long)i), heard.Select(e => e.Seq).Order());
            Assert.False(observers[s].Events.Reader.TryRead(out _), $"Observer {s} heard more than the events it was sent.");
        }
    }

    private static async Task<string> NewLabAsync(IGrainFactory grains)
    {
        var labId = Ids.New("lab-");
        var created = await grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(Facilitator,
            new LabDefinition("Lab di prova", "Giovani", "", "", "", "Pisa", Templates.Default));
        Assert.Null(created.Error);
        Assert.Null((await grains.GetGrain<ICanvasGrain>(labId).ApplyAsync(Facilitator,
            new OperationRequest("phase", "lab.phase", Json(new { phase = "libera" })))).Error);
        return labId;
    }

    private static async Task<T> UntilAnsweredAsync<T>(Func<Task<T>> call)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            try
            {
                return await call().WaitAsync(timeout.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException and not Xunit.Sdk.XunitException)
            {
                // SiloUnavailableException, a timeout or a rejection while the cluster learns the silo is gone.
                timeout.Token.ThrowIfCancellationRequested();
            }
        }
    }
}
