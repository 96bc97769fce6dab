using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.History;
using Laboratori.Grains.Labs;
using Laboratori.Silo.Storage;
using Laboratori.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;

using static Laboratori.Tests.Support.CanvasCalls;

namespace Laboratori.Tests.Domain;

[Collection(SiloCollection.Name)]
public sealed class CanvasGrainTests(TestSilo silo)
{
    private static readonly Actor Facilitator = new("staff-f", Role.Facilitator, "Giulia");

    [Fact]
    public async Task ConcurrentOperationsAreAcknowledgedWithGaplessSeqsMatchingTheLog()
    {
        var (labId, people) = await NewLabAsync(2);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var start = (await canvas.GetStateAsync(CanvasCalls.Staff)).Seq;

        var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => canvas.ApplyAsync(people[i % 2], AddCard($"c{i}"))));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(Enumerable.Range(1, 120).Select(i => start + i), results.Select(r => r.Seq).Order());
        var events = await AllEventsAsync(canvas, pageSize: 10);
        Assert.Equal(Enumerable.Range(1, (int)start + 120).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.All(results, r => Assert.Equal(r.ClientOpId, events[(int)r.Seq - 1].ClientOpId));
    }

    [Fact]
    public async Task RetriedOperationReturnsTheFirstResultAndAppendsOnce()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var op = AddCard("once");

        var concurrent = await Task.WhenAll(canvas.ApplyAsync(people[0], op), canvas.ApplyAsync(people[0], op));
        var later = await canvas.ApplyAsync(people[0], op);

        Assert.Equal(concurrent[0].Seq, concurrent[1].Seq);
        Assert.Equal(concurrent[0].Seq, later.Seq);
        Assert.Single(await AllEventsAsync(canvas, pageSize: 10), e => e.ClientOpId == op.ClientOpId);
        var other = await canvas.ApplyAsync(people[0], op with { ClientOpId = "other" });
        Assert.Equal("id_taken", other.Error?.Code);
    }

    [Fact]
    public async Task OperationsResentAfterMoreThanTwoThousandNewerEventsAndAReactivationReturnTheirFirstAnswerAndApplyOnce()
    {
        var (labId, _) = await NewLabAsync(0);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var add = AddCard("target");
        var vote = new OperationRequest("vote-1", "vote.cast", Json(new { cardId = "target" }));
        var added = await canvas.ApplyAsync(Facilitator, add);
        var voted = await canvas.ApplyAsync(Facilitator, vote);
        Assert.Null(added.Error);
        Assert.Null(voted.Error);
        for (var round = 0; round < 21; round++)
        {
            var moves = await Task.WhenAll(Enumerable.Range(round * 100, 100).Select(i => canvas.ApplyAsync(Facilitator,
                new OperationRequest($"move-{i}", "card.move", Json(new { cardId = "target", lane = (string?)null, x = (double)i, y = 1.0 })))));
            Assert.All(moves, m => Assert.Null(m.Error));
        }

        var resentHere = await canvas.ApplyAsync(Facilitator, vote);
        await canvas.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var resent = await Task.WhenAll(canvas.ApplyAsync(Facilitator, vote), canvas.ApplyAsync(Facilitator, add), canvas.ApplyAsync(Facilitator, vote));

        Assert.Equal(OperationResult.Accepted(vote.ClientOpId, voted.Seq), resentHere);
        Assert.Equal(OperationResult.Accepted(vote.ClientOpId, voted.Seq), resent[0]);
        Assert.Equal(OperationResult.Accepted(add.ClientOpId, added.Seq), resent[1]);
        Assert.Equal(OperationResult.Accepted(vote.ClientOpId, voted.Seq), resent[2]);
        var state = await canvas.GetStateAsync(CanvasCalls.Staff);
        Assert.Equal(voted.Seq + 2_100, state.Seq);
        using var json = JsonDocument.Parse(state.State);
        var votes = json.RootElement.GetProperty("cards").GetProperty("target").GetProperty("votes");
        Assert.Equal(1, votes.GetProperty(Facilitator.Id).GetInt32());
        var log = silo.Services.GetRequiredService<IEventLog>();
        var entries = new List<LogEntry>();
        for (IReadOnlyList<LogEntry> page; (page = await log.ReadAsync(labId, entries.Count, 1_000)).Count > 0;)
        {
            entries.AddRange(page);
        }

        Assert.Equal(state.Seq, entries.Count);
        Assert.Single(entries, e => e.Key == $"{Facilitator.Id} vote-1");
        Assert.Single(entries, e => e.Key == $"{Facilitator.Id} add-target");
    }

    [Fact]
    public async Task StateAtAnySeqEqualsTheFoldOfTheEventsUpToIt()
    {
        var (labId, people) = await NewLabAsync(2);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        for (var i = 0; i < 35; i++)
        {
            var result = await canvas.ApplyAsync(people[i % 2], i % 3 == 2
                ? new OperationRequest($"m{i}", "card.move", Json(new { cardId = $"c{i - 1}", lane = "azioni", x = (double)i, y = 1.0 }))
                : AddCard($"c{i}"));
            Assert.Null(result.Error);
        }

        var events = await AllEventsAsync(canvas, pageSize: 10);
        var history = silo.Grains.GetGrain<IHistoryGrain>(labId);
        var state = new Grains.Canvas.Model.CanvasState();
        foreach (var e in events)
        {
            CanvasFold.Apply(state, e);
            var atSeq = await history.GetStateAtAsync(e.Seq);
            Assert.Equal(e.Seq, atSeq.Seq);
            Assert.Equal(CanvasFold.Serialize(state), atSeq.State);
        }

        Assert.Equal(CanvasFold.Serialize(state), (await canvas.GetStateAsync(CanvasCalls.Staff)).State);
    }

    [Fact]
    public async Task CatchUpReturnsExactlyTheEventsAfterASeqInPagesFromMemoryOrTheLog()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        for (var i = 0; i < 40; i++)
        {
            await canvas.ApplyAsync(people[0], AddCard($"c{i}"));
        }

        var all = await AllEventsAsync(canvas, pageSize: 10);
        foreach (var after in new long[] { 0, 3, 17, all.Count - 5, all.Count })
        {
            var page = await canvas.GetEventsAsync(CanvasCalls.Staff, after, 7);
            Assert.Equal(all.Skip((int)after).Take(7).Select(e => e.Seq), page.Events.Select(e => e.Seq));
            Assert.Equal(all.Count, page.LastSeq);
            Assert.Equal(after + 7 < all.Count, page.HasMore);
        }
    }

    [Fact]
    public async Task ReactivatedCanvasReloadsFromSnapshotAndLogAndContinuesTheSequence()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        for (var i = 0; i < 23; i++)
        {
            await canvas.ApplyAsync(people[0], AddCard($"c{i}"));
        }

        var before = await canvas.GetStateAsync(CanvasCalls.Staff);
        await canvas.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var retry = await canvas.ApplyAsync(people[0], AddCard("c22"));
        var after = await canvas.GetStateAsync(CanvasCalls.Staff);

        Assert.Equal(before.Seq, retry.Seq);
        Assert.Equal(before.State, after.State);
        var next = await canvas.ApplyAsync(people[0], AddCard("c23"));
        Assert.Equal(before.Seq + 1, next.Seq);
    }

    [Fact]
    public async Task ObserversHearOfCommittedEventsInOrder()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var observer = new RecordingObserver();
        var reference = silo.Grains.CreateObjectReference<ICanvasObserver>(observer);
        var from = (await canvas.SubscribeAsync(reference)).Seq;

        var acks = new List<OperationResult>();
        for (var i = 0; i < 5; i++)
        {
            acks.Add(await canvas.ApplyAsync(people[0], AddCard($"o{i}")));
        }

        var heard = new List<CanvasEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (heard.Count < 5)
        {
            heard.AddRange(await observer.Events.Reader.ReadAsync(timeout.Token));
        }

        Assert.Equal(acks.Select(a => a.Seq), heard.Select(e => e.Seq));
        Assert.Equal(from + 1, heard[0].Seq);
        await canvas.UnsubscribeAsync(reference);
    }

    [Fact]
    public async Task AStaleWriterIsFencedByTheLogItsBatchRefusedAndTheCanvasReloadsAfterTheOtherWritersEvent()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var local = (await canvas.ApplyAsync(people[0], AddCard("localcard"))).Seq;

        // A second writer of the lab (what a split brain would make) appends behind this activation's back.
        var log = silo.Services.GetRequiredService<IEventLog>();
        var mine = (await log.ReadAsync(labId, local - 1, 1))[0];
        await log.AppendAsync(labId, [mine with { Seq = local + 1, Data = mine.Data.Replace("localcard", "remotecard", StringComparison.Ordinal) }]);

        var fenced = await canvas.ApplyAsync(people[0], AddCard("stale"));

        Assert.Equal("unavailable", fenced.Error?.Code);
        var logged = await log.ReadAsync(labId, 0, 1000);
        Assert.Equal(Enumerable.Range(1, (int)local + 1).Select(i => (long)i), logged.Select(e => e.Seq));
        Assert.Contains("remotecard", logged[^1].Data, StringComparison.Ordinal);
        Assert.DoesNotContain(logged, e => e.Data.Contains("add-stale", StringComparison.Ordinal));

        var retried = await ApplyUntilAvailableAsync(canvas, people[0], AddCard("stale"));
        Assert.Null(retried.Error);
        Assert.Equal(local + 2, retried.Seq);
        Assert.Equal(local + 2, (await canvas.GetStateAsync(CanvasCalls.Staff)).Seq);
        Assert.Contains("\"remotecard\"", (await canvas.GetStateAsync(CanvasCalls.Staff)).State, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationAnotherWriterAlreadyAppendedIsAnsweredWithItsEventNotAppendedAgain()
    {
        var (labId, people) = await NewLabAsync(1);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        var added = (await canvas.ApplyAsync(people[0], AddCard("moved"))).Seq;
        var move = new OperationRequest("move-1", "card.move", Json(new { cardId = "moved", lane = (string?)null, x = 5.0, y = 6.0 }));

        // Another activation appended the move and died before answering; the client resends it here, where the canvas
        // has not heard of it yet: its append is fenced, and after the reload the resend finds the move in the log.
        var log = silo.Services.GetRequiredService<IEventLog>();
        var there = new CanvasEvent(labId, added + 1, DateTimeOffset.UnixEpoch, people[0].Id, move.ClientOpId, move.Type, move.Payload);
        await log.AppendAsync(labId, [StoredEvent.ToEntry(there)]);
        var retried = await ApplyUntilAvailableAsync(canvas, people[0], move);

        Assert.Null(retried.Error);
        Assert.Equal(added + 1, retried.Seq);
        Assert.Equal(added + 1, (await canvas.GetStateAsync(CanvasCalls.Staff)).Seq);
        Assert.Single(await log.ReadAsync(labId, 0, 1000), e => e.Data.Contains("move-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnrolmentIsRefusedWhenTheLabIsClosed()
    {
        var (labId, _) = await NewLabAsync(0);
        var lab = silo.Grains.GetGrain<ILaboratorioGrain>(labId);

        Assert.Equal("forbidden", (await lab.SetClosedAsync(new Actor("p-x", Role.Participant, "X"), true))?.Code);
        Assert.Null(await lab.SetClosedAsync(Facilitator, true));
        Assert.Equal("lab_closed", (await lab.EnrolAsync(new ParticipantProfile("Anna", "", Sector.Cittadino))).Error?.Code);
        Assert.Null(await lab.SetClosedAsync(Facilitator, false));
        Assert.NotNull((await lab.EnrolAsync(new ParticipantProfile("Anna", "", Sector.Cittadino))).ParticipantId);
    }

    [Fact]
    public async Task NewLabHasItsTemplateAResolvableJoinCodeAndADirectoryEntry()
    {
        var (labId, _) = await NewLabAsync(0);
        var info = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).GetAsync();

        Assert.NotNull(info);
        Assert.Equal(labId, await silo.Grains.GetGrain<IJoinCodeGrain>(info.JoinCode).ResolveAsync());
        Assert.Equal(info.JoinCode, JoinCodes.Normalize(JoinCodes.Display(info.JoinCode).ToLowerInvariant()));
        Assert.Contains(await silo.Grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync(), l => l.Id == labId);
        using var state = JsonDocument.Parse((await silo.Grains.GetGrain<ICanvasGrain>(labId).GetStateAsync(CanvasCalls.Staff)).State);
        Assert.Equal(["bisogni", "risorse", "azioni"], state.RootElement.GetProperty("lanes").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("lab_exists", (await silo.Grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(Facilitator, info.Definition)).Error?.Code);
    }

    private async Task<(string LabId, Actor[] People)> NewLabAsync(int participants)
    {
        var labId = Ids.New("lab-");
        var created = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(Facilitator,
            new LabDefinition("Lab di prova", "Giovani", "", "", "", "Pisa", Templates.Default));
        Assert.Null(created.Error);
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        Assert.Null((await canvas.ApplyAsync(Facilitator, new OperationRequest("phase", "lab.phase", Json(new { phase = "libera" })))).Error);
        var people = new Actor[participants];
        for (var i = 0; i < participants; i++)
        {
            var enrolled = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).EnrolAsync(new ParticipantProfile($"P{i}", "Coop", Sector.TerzoSettore));
            people[i] = new Actor(enrolled.ParticipantId!, Role.Participant, $"P{i}");
            await canvas.RecordPresenceAsync(new MemberProfile(people[i].Id, $"P{i}", "Coop", Sector.TerzoSettore, Role.Participant), present: true);
        }

        return (labId, people);
    }

    /// <summary>Resends as a client does while the canvas answers <c>unavailable</c> (it is reloading).</summary>
    private static async Task<OperationResult> ApplyUntilAvailableAsync(ICanvasGrain canvas, Actor actor, OperationRequest operation)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var result = await canvas.ApplyAsync(actor, operation);
            if (result.Error?.Code != "unavailable")
            {
                return result;
            }
        }

        throw new TimeoutException("The canvas stayed unavailable through 200 resends.");
    }
}
