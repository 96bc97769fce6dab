using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Labs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Laboratori.Tests.Domain;

/// <summary>The commit pipeline alone, against a log whose appends and lookups complete when the test says.</summary>
public sealed class CommitPipelineTests
{
    private static readonly Actor Facilitator = new("staff-f", Role.Facilitator, "Giulia");
    private readonly FakeEventLog _log = new();
    private int _broken;

    [Fact]
    public Task OperationsArrivingDuringACommitJoinTheNextOneAndAreAcknowledgedOnlyWhenDurable() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync();
        var a = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        string[] later = ["b", "c", "d"];
        var others = later.Select(id => pipeline.ApplyAsync(Facilitator, AddCard(id))).ToArray();

        Assert.Equal(1, _log.WaitingAppends);
        Assert.False(a.IsCompleted);
        _log.ReleaseAppend();
        Assert.Equal(OperationResult.Accepted("add-a", 2), await a);
        Assert.All(others, o => Assert.False(o.IsCompleted));
        Assert.Equal(5, pipeline.Working.Seq);
        Assert.Equal(2, pipeline.Committed.Seq);

        _log.ReleaseAppend();

        Assert.Equal([3L, 4L, 5L], (await Task.WhenAll(others)).Select(r => r.Seq));
        Assert.Equal([1, 1, 3], _log.BatchSizes);
        Assert.Equal(5, pipeline.Committed.Seq);
    });

    [Fact]
    public Task AResendWhileItsCommitIsInFlightGetsTheSameAnswerAndOneEvent() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync();
        var first = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        var resent = pipeline.ApplyAsync(Facilitator, AddCard("a"));

        _log.ReleaseAppend();

        Assert.Equal(await first, await resent);
        Assert.Equal(2, _log.Entries.Count);
        Assert.Equal(OperationResult.Accepted("add-a", 2), await pipeline.ApplyAsync(Facilitator, AddCard("a")));
    });

    [Fact]
    public Task ResendsPastTheRecentEventsAreAnsweredFromTheLogsIndexOneQueryForThoseThatArriveMeanwhile() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync(recentCapacity: 2);
        foreach (var letter in "abcd")
        {
            var added = pipeline.ApplyAsync(Facilitator, AddCard(letter.ToString()));
            ReleaseWhatWaits();
            Assert.Null((await added).Error);
        }

        var resentA = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        var resentB = pipeline.ApplyAsync(Facilitator, AddCard("b"));
        var resentAgain = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        var fresh = pipeline.ApplyAsync(Facilitator, AddCard("e"));
        _log.ReleaseLookup();
        _log.ReleaseLookup();
        _log.ReleaseAppend();

        Assert.Equal(OperationResult.Accepted("add-a", 2), await resentA);
        Assert.Equal(OperationResult.Accepted("add-a", 2), await resentAgain);
        Assert.Equal(OperationResult.Accepted("add-b", 3), await resentB);
        Assert.Equal(OperationResult.Accepted("add-e", 6), await fresh);
        string[][] lookups = [["staff-f add-a"], ["staff-f add-b", "staff-f add-e"]];
        Assert.Equal(lookups, _log.Lookups.TakeLast(2));
        Assert.Equal(6, _log.Entries.Count);
    });

    [Fact]
    public Task WhileTheRecentEventsHoldTheWholeLogNoLookupIsMade() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync(recentCapacity: 100);
        var added = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        _log.ReleaseAppend();

        Assert.Null((await added).Error);
        Assert.Empty(_log.Lookups);
    });

    [Fact]
    public Task AFencedAppendRefusesItsBatchAndAllQueuedBehindItAndThePipelineRefusesAllElseUntilReloaded() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync();
        var a = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        var b = pipeline.ApplyAsync(Facilitator, AddCard("b"));

        _log.ReleaseAppend(fence: true);

        Assert.Equal(OperationResult.Refused("add-a", Errors.Unavailable), await a);
        Assert.Equal(OperationResult.Refused("add-b", Errors.Unavailable), await b);
        Assert.True(pipeline.IsBroken);
        Assert.Equal(1, _broken);
        Assert.Equal(OperationResult.Refused("add-c", Errors.Unavailable), await pipeline.ApplyAsync(Facilitator, AddCard("c")));
        Assert.Equal(0, _log.WaitingAppends);
        Assert.Single(_log.Entries);
        Assert.Equal(1, pipeline.Committed.Seq);
    });

    [Fact]
    public Task AFailedLookupRefusesItsResendsAsUnavailableAndChangesNothing() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync(recentCapacity: 1);
        var added = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        _log.ReleaseAppend();
        await added;
        var second = pipeline.ApplyAsync(Facilitator, AddCard("b"));
        ReleaseWhatWaits();
        await second;

        var resent = pipeline.ApplyAsync(Facilitator, AddCard("a"));
        _log.ReleaseLookup(fail: true);

        Assert.Equal(OperationResult.Refused("add-a", Errors.Unavailable), await resent);
        Assert.Equal(3, _log.Entries.Count);
        Assert.False(pipeline.IsBroken);
    });

    [Fact]
    public Task ARefusedOperationIsAnsweredAtOnceAndWritesNothing() => Isolated(async () =>
    {
        var pipeline = await CreatedAsync();

        var refused = await pipeline.ApplyAsync(Facilitator, AddCard("a", lane: "nessuna"));

        Assert.Equal("lane_unknown", refused.Error?.Code);
        Assert.Equal(0, _log.WaitingAppends);
        Assert.Equal(1, pipeline.Working.Seq);
    });

    /// <summary>
    /// Runs a test off xunit's synchronization context: the pipeline's awaits then resume inline when the fake log
    /// releases them, on the test's thread, so the test decides exactly what happens when.
    /// </summary>
    private static Task Isolated(Func<Task> test) => Task.Run(test);

    private async Task<CommitPipeline> CreatedAsync(int recentCapacity = 10)
    {
        var pipeline = new CommitPipeline("lab-1", _log, new CanvasState(), new RecentEvents(recentCapacity), new LabLimits(), TimeProvider.System, NullLogger.Instance)
        {
            OnBroken = () => _broken++,
        };
        var template = Templates.All[Templates.Default];
        var created = pipeline.SubmitAsync(Facilitator, "lab-create", new CreateLab("Lab", template.Id, template.Lanes, template.Phases, template.VoteBudget));
        _log.ReleaseAppend();
        Assert.Equal(OperationResult.Accepted("lab-create", 1), await created);
        return pipeline;
    }

    private void ReleaseWhatWaits()
    {
        while (_log.WaitingLookups > 0)
        {
            _log.ReleaseLookup();
        }

        while (_log.WaitingAppends > 0)
        {
            _log.ReleaseAppend();
        }
    }

    private static OperationRequest AddCard(string id, string lane = "bisogni") =>
        new("add-" + id, "card.add", JsonSerializer.Serialize(new { cardId = id, lane, text = "Bisogno " + id, colour = (string?)null, x = 0.0, y = 0.0 }, CanvasJson.Options));
}
