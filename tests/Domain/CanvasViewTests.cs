using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>What a participant sees: hidden texts, anonymous authors, votes and reactions counted, not attributed.</summary>
public sealed class CanvasViewTests
{
    public static TheoryData<string> Viewers() => ["p-anna", "p-bruno", "p-carla", "p-zoe"];

    /// <summary>The events a participant receives fold, at every seq, into exactly the state they are shown.</summary>
    [Theory]
    [MemberData(nameof(Viewers))]
    public void FoldingWhatAParticipantReceivesGivesWhatTheyAreShown(string viewer)
    {
        var events = VectorEvents("facilitation.json");
        for (var n = 1; n <= events.Count; n++)
        {
            var shown = CanvasFold.Deserialize(CanvasFold.Serialize(CanvasFold.Fold(null, events.Take(n))));
            CanvasView.ForParticipant(shown, viewer);
            var folded = CanvasFold.Fold(null, CanvasView.ForParticipant(events.Take(n), viewer));

            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CanvasFold.Serialize(shown)), JsonNode.Parse(CanvasFold.Serialize(folded))), $"{viewer} at seq {n}");
        }
    }

    /// <summary>What a node picks from the canvas's one redaction is what the participant would be shown event by event.</summary>
    [Theory]
    [MemberData(nameof(Viewers))]
    public void ABatchRedactedOnceGivesEachParticipantTheirVersion(string viewer)
    {
        var events = VectorEvents("facilitation.json").ToImmutableArray();
        var batch = CanvasView.ForEveryone(events, anonymous: true, events[^1].Seq);

        Assert.True(batch.NeedsRedaction);
        // ImmutableArray's own equality compares the arrays' references: compare the elements.
        Assert.Equal(CanvasView.ForParticipant(events, viewer).ToArray(), batch.For(viewer).ToArray());
        Assert.Equal(CanvasView.ForParticipant(events, CanvasView.Nobody).ToArray(), batch.Redacted.ToArray());
        Assert.Equal(events.Where(CanvasView.NeedsRedaction).Select(e => e.Author).Distinct().ToArray(), batch.RedactedAuthors.ToArray());
    }

    [Fact]
    public void ABatchNobodyReadsOtherwiseIsSentAsItIsAndNamesTheMembersItRemoved()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Facilitator, "member.remove", new { memberId = "p-anna" }).Ok();
        var batch = CanvasView.ForEveryone([.. s.Events], anonymous: false, s.Events[^1].Seq);

        Assert.False(batch.NeedsRedaction);
        Assert.Equal(s.Events, batch.For("p-bruno").ToArray());
        Assert.Equal(["p-anna"], batch.Removed.ToArray());
    }

    [Fact]
    public void OthersSeeAHiddenCardFaceDownAndItsAuthorSeesIt()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.private", new { enabled = true }).Ok();
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "bisogni", text = "Segreto", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        var add = s.Events[^1];

        Assert.Equal(add, CanvasView.ForParticipant(add, "p-anna"));
        var seenByBruno = CanvasView.ForParticipant(add, "p-bruno");
        Assert.Equal("", JsonNode.Parse(seenByBruno.Payload)!["text"]!.GetValue<string>());
        Assert.Equal("p-anna", seenByBruno.Author);
        Assert.True(CanvasView.NeedsRedaction(add));

        Assert.Equal("Segreto", View(s, "p-anna").Cards["c1"].Text);
        Assert.Equal("", View(s, "p-bruno").Cards["c1"].Text);
        Assert.Equal("Segreto", s.State.Cards["c1"].Text);
    }

    [Fact]
    public void OthersDoNotSeeWhoWroteAnAnonymousCardNorItsClientOpId()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.anonymous", new { enabled = true }).Ok();
        s.AddCard(Anna, "c1");

        var seenByBruno = CanvasView.ForParticipant(s.Events[^1], "p-bruno");
        Assert.Equal(CanvasView.Nobody, seenByBruno.Author);
        Assert.Equal(CanvasView.Nobody, seenByBruno.ClientOpId);
        Assert.Equal(CanvasView.Nobody, View(s, "p-bruno").Cards["c1"].Author);
        Assert.Equal("p-anna", View(s, "p-anna").Cards["c1"].Author);
    }

    [Fact]
    public void VotesAreCountedNotAttributed()
    {
        var s = new Scenario();
        s.AddCard(Facilitator, "f1");
        s.Do(Anna, "vote.cast", new { cardId = "f1" }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "f1" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "f1" }).Ok();

        Assert.Equal(new Dictionary<string, int> { ["p-bruno"] = 1, [""] = 2 }, View(s, "p-bruno").Cards["f1"].Votes);
        Assert.Equal(new Dictionary<string, int> { [""] = 3 }, View(s, "p-zoe").Cards["f1"].Votes);
        Assert.Equal(CanvasView.Nobody, CanvasView.ForParticipant(s.Events[^1], "p-anna").Author);
    }

    [Fact]
    public void StaffSeeEverything()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.private", new { enabled = true }).Ok();
        s.AddCard(Anna, "c1");
        var page = new EventPage([.. s.Events], s.State.Seq);

        Assert.Same(page, CanvasView.For(Trainer, page));
        Assert.Equal(s.Events[^1], CanvasView.For(Facilitator, page).Events[^1]);
        Assert.NotEqual(s.Events[^1], CanvasView.For(Bruno, page).Events[^1]);
    }

    [Fact]
    public void OrdinaryEventsNeedNoRedaction()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Anna, "card.edit", new { cardId = "c1", text = "anonymous \"hidden\" words" }).Ok();
        Assert.All(s.Events, e => Assert.False(CanvasView.NeedsRedaction(e), e.Type));
    }

    private static Grains.Canvas.Model.CanvasState View(Scenario s, string viewer)
    {
        var state = CanvasFold.Deserialize(CanvasFold.Serialize(s.State));
        CanvasView.ForParticipant(state, viewer);
        return state;
    }

    private static List<CanvasEvent> VectorEvents(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", file)))!["events"].Deserialize<List<CanvasEvent>>(CanvasJson.Options)!;
}
