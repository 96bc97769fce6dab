using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>The facilitator's tools: countdown, private mode, anonymous mode, follow-me, tables, merge, removal; and reactions.</summary>
public sealed class FacilitationTests
{
    private static readonly string[] JustC1 = ["c1"];
    private static readonly string[] Unknown = ["nope"];

    [Fact]
    public void OnlyFacilitatorsUseTheirTools()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.AddCard(Anna, "c2");
        s.Do(Anna, "lab.timer", new { seconds = 60 }).Refused("forbidden");
        s.Do(Anna, "lab.private", new { enabled = true }).Refused("forbidden");
        s.Do(Anna, "lab.reveal", new { cardIds = (string[]?)null }).Refused("forbidden");
        s.Do(Anna, "lab.anonymous", new { enabled = true }).Refused("forbidden");
        s.Do(Anna, "lab.follow", new { enabled = true }).Refused("forbidden");
        s.Do(Anna, "groups.split", new { groups = Tables() }).Refused("forbidden");
        s.Do(Anna, "card.merge", new { cardId = "c1", intoId = "c2", text = (string?)null }).Refused("forbidden");
        s.Do(Anna, "member.remove", new { memberId = "p-bruno" }).Refused("forbidden");
        s.Do(Trainer, "lab.timer", new { seconds = 60 }).Refused("forbidden");
        Assert.Equal(2, s.State.Cards.Count);
        Assert.False(s.State.Private || s.State.Anonymous || s.State.Split);
        Assert.Null(s.State.Timer);
    }

    [Fact]
    public void TheCountdownEndsWhenTheServerSays()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.timer", new { seconds = 300, endsAt = "2000-01-01T00:00:00Z" }).Ok();

        var started = s.Events[^1].At;
        Assert.Equal(300, s.State.Timer!.Seconds);
        Assert.Equal(started, s.State.Timer.StartedAt);
        Assert.Equal(started.AddSeconds(300), s.State.Timer.EndsAt);
        Assert.Contains($"\"endsAt\":\"{started.AddSeconds(300):yyyy-MM-ddTHH:mm:ss}", s.Events[^1].Payload, StringComparison.Ordinal);

        s.Do(Facilitator, "lab.timer", new { seconds = 0 }).Refused("timer_out_of_range");
        s.Do(Facilitator, "lab.timer", new { seconds = 14_401 }).Refused("timer_out_of_range");
        Assert.Equal(300, s.State.Timer!.Seconds);
        s.Do(Facilitator, "lab.timer", new { seconds = (int?)null }).Ok();
        Assert.Null(s.State.Timer);
    }

    [Fact]
    public void PrivateModeHidesParticipantsCardsUntilRevealed()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.private", new { enabled = true }).Ok();
        s.AddCard(Anna, "c1");
        s.AddCard(Bruno, "c2");
        s.AddCard(Facilitator, "f1");
        Assert.True(s.Card("c1").Hidden && s.Card("c2").Hidden);
        Assert.False(s.Card("f1").Hidden);

        // Nothing hangs on a card others cannot read.
        s.Do(Bruno, "vote.cast", new { cardId = "c1" }).Refused("card_hidden");
        s.Do(Bruno, "comment.add", new { commentId = "m1", cardId = "c1", text = "?" }).Refused("card_hidden");
        s.Do(Bruno, "link.add", new { linkId = "l1", from = "c2", to = "c1" }).Refused("card_hidden");
        s.Do(Bruno, "reaction.add", new { cardId = "c1", kind = "idea" }).Refused("card_hidden");
        s.Do(Facilitator, "card.merge", new { cardId = "c1", intoId = "f1", text = (string?)null }).Refused("card_hidden");

        s.Do(Anna, "card.edit", new { cardId = "c1", text = "Testo nuovo" }).Ok();
        Assert.Contains("\"hidden\":true", s.Events[^1].Payload, StringComparison.Ordinal);

        s.Do(Facilitator, "lab.reveal", new { cardIds = JustC1 }).Ok();
        Assert.Contains("\"cards\":{\"c1\":\"Testo nuovo\"}", s.Events[^1].Payload, StringComparison.Ordinal);
        Assert.False(s.Card("c1").Hidden);
        Assert.True(s.Card("c2").Hidden);
        s.Do(Bruno, "vote.cast", new { cardId = "c1" }).Ok();

        s.Do(Facilitator, "lab.private", new { enabled = false }).Ok();
        s.AddCard(Anna, "c3");
        Assert.False(s.Card("c3").Hidden);
        Assert.True(s.Card("c2").Hidden);
        s.Do(Facilitator, "lab.reveal", new { cardIds = (string[]?)null }).Ok();
        Assert.DoesNotContain(s.State.Cards.Values, c => c.Hidden);
        s.Do(Facilitator, "lab.reveal", new { cardIds = Unknown }).Refused("card_not_found");
    }

    [Fact]
    public void AClientCannotMarkItsOwnEventHiddenAnonymousOrAtATable()
    {
        var s = new Scenario();
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0, hidden = true, anonymous = true, groupId = "g-x" }).Ok();

        Assert.False(s.Card("c1").Hidden || s.Card("c1").Anonymous);
        Assert.Null(s.Card("c1").GroupId);
        Assert.DoesNotContain("hidden", s.Events[^1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousModeMarksWhatParticipantsAddAndDoesNotCountIt()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c0");
        s.Do(Facilitator, "lab.anonymous", new { enabled = true }).Ok();
        s.AddCard(Anna, "c1");
        s.AddCard(Facilitator, "f1");
        s.Do(Bruno, "comment.add", new { commentId = "m1", cardId = "c1", text = "Sì" }).Ok();
        s.Do(Bruno, "link.add", new { linkId = "l1", from = "c1", to = "f1" }).Ok();
        s.Do(Bruno, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();

        Assert.True(s.Card("c1").Anonymous && s.State.Comments["m1"].Anonymous && s.State.Links["l1"].Anonymous && s.State.Themes["t1"].Anonymous);
        Assert.False(s.Card("f1").Anonymous);
        Assert.Equal(1, s.State.Members["p-anna"].Contributions);
        Assert.Equal(0, s.State.Members["p-bruno"].Contributions);

        // The author acting on their anonymous card stays anonymous; someone else moving it does not.
        s.Do(Facilitator, "lab.anonymous", new { enabled = false }).Ok();
        s.Do(Anna, "card.edit", new { cardId = "c1", text = "Nuovo" }).Ok();
        Assert.Contains("\"anonymous\":true", s.Events[^1].Payload, StringComparison.Ordinal);
        s.Do(Bruno, "card.move", new { cardId = "c1", lane = (string?)null, x = 1.0, y = 1.0 }).Ok();
        Assert.DoesNotContain("anonymous", s.Events[^1].Payload, StringComparison.Ordinal);
        s.AddCard(Anna, "c2");
        Assert.False(s.Card("c2").Anonymous);
        Assert.Equal(2, s.State.Members["p-anna"].Contributions);
    }

    [Fact]
    public void VotesAndReactionsAreNotContributions()
    {
        var s = new Scenario();
        s.AddCard(Facilitator, "f1");
        s.Do(Anna, "vote.cast", new { cardId = "f1" }).Ok();
        s.Do(Anna, "reaction.add", new { cardId = "f1", kind = "idea" }).Ok();
        Assert.Equal(0, s.State.Members["p-anna"].Contributions);
    }

    [Fact]
    public void FollowMeFollowsWhoeverTurnedItOn()
    {
        var s = new Scenario();
        s.Do(Facilitator, "lab.follow", new { enabled = true, leader = "p-anna" }).Ok();
        Assert.Equal("staff-f", s.State.Follow);
        s.Do(Facilitator, "lab.follow", new { enabled = false }).Ok();
        Assert.Null(s.State.Follow);
    }

    [Fact]
    public void TablesWorkInTheirOwnAreaUntilTheyReconvene()
    {
        var s = new Scenario();
        s.Do(Facilitator, "groups.reconvene", new { }).Refused("not_split");
        s.AddCard(Anna, "plenary");
        s.Do(Facilitator, "groups.split", new { groups = Tables() }).Ok();
        Assert.True(s.State.Split);
        Assert.Equal(["p-anna"], s.State.Groups[0].Members);

        s.AddCard(Anna, "a1");
        s.AddCard(Bruno, "b1");
        Assert.Equal("g-1", s.Card("a1").GroupId);
        Assert.Equal("g-2", s.Card("b1").GroupId);

        s.Do(Bruno, "vote.cast", new { cardId = "a1" }).Refused("other_group");
        s.Do(Bruno, "card.move", new { cardId = "a1", lane = (string?)null, x = 5.0, y = 5.0 }).Refused("other_group");
        s.Do(Bruno, "link.add", new { linkId = "l1", from = "b1", to = "a1" }).Refused("other_group");
        s.Do(Anna, "card.move", new { cardId = "plenary", lane = (string?)null, x = 5.0, y = 5.0 }).Refused("other_group");
        s.Do(Bruno, "card.move", new { cardId = "b1", lane = (string?)null, x = 5.0, y = 5.0 }).Ok();
        s.Do(Facilitator, "card.move", new { cardId = "a1", lane = (string?)null, x = 5.0, y = 5.0 }).Ok();

        s.Do(Facilitator, "groups.reconvene", new { }).Ok();
        Assert.False(s.State.Split);
        s.Do(Bruno, "vote.cast", new { cardId = "a1" }).Ok();
        Assert.Equal("g-1", s.Card("a1").GroupId);
    }

    [Theory]
    [InlineData("one table")]
    [InlineData("member twice")]
    [InlineData("not a participant")]
    [InlineData("same id")]
    public void BadTablesAreRefused(string what)
    {
        var s = new Scenario();
        object[] groups = what switch
        {
            "one table" => [new { groupId = "g-1", name = "Uno", members = new[] { "p-anna" } }],
            "member twice" => [new { groupId = "g-1", name = "Uno", members = new[] { "p-anna" } }, new { groupId = "g-2", name = "Due", members = new[] { "p-anna" } }],
            "not a participant" => [new { groupId = "g-1", name = "Uno", members = new[] { "staff-f" } }, new { groupId = "g-2", name = "Due", members = Array.Empty<string>() }],
            _ => [new { groupId = "g-1", name = "Uno", members = new[] { "p-anna" } }, new { groupId = "g-1", name = "Due", members = new[] { "p-bruno" } }],
        };
        s.Do(Facilitator, "groups.split", new { groups }).Refused("bad_groups");
        Assert.False(s.State.Split);
        Assert.Empty(s.State.Groups);
    }

    [Fact]
    public void MergingMovesVotesReactionsCommentsAndLinksAndDropsDuplicates()
    {
        var s = new Scenario();
        s.AddCard(Anna, "need", "bisogni");
        s.AddCard(Anna, "r1", "risorse");
        s.AddCard(Bruno, "r2", "risorse");
        s.AddCard(Bruno, "act", "azioni");
        s.Do(Anna, "link.add", new { linkId = "l1", from = "need", to = "r1" }).Ok();
        s.Do(Anna, "link.add", new { linkId = "l2", from = "need", to = "r2" }).Ok();
        s.Do(Bruno, "link.add", new { linkId = "l3", from = "r2", to = "act" }).Ok();
        s.Do(Bruno, "link.add", new { linkId = "l4", from = "r1", to = "r2" }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "r2" }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "r1" }).Ok();
        s.Do(Bruno, "reaction.add", new { cardId = "r2", kind = "idea" }).Ok();
        s.Do(Bruno, "comment.add", new { commentId = "m1", cardId = "r2", text = "Bene" }).Ok();

        s.Do(Facilitator, "card.merge", new { cardId = "r2", intoId = "r2", text = (string?)null }).Refused("merge_self");
        s.Do(Facilitator, "card.merge", new { cardId = "r2", intoId = "r1", text = (string?)null }).Ok();

        Assert.False(s.State.Cards.ContainsKey("r2"));
        Assert.Contains("r2", s.State.Deleted);
        var r1 = s.Card("r1");
        Assert.Equal("Testo r1\n\nTesto r2", r1.Text);
        Assert.Equal(2, r1.Votes["p-anna"]);
        Assert.Equal(1, r1.Reactions["idea"]["p-bruno"]);
        Assert.Equal("r1", s.State.Comments["m1"].CardId);
        Assert.False(s.State.Links.ContainsKey("l2")); // need → r2 repeated need → r1
        Assert.False(s.State.Links.ContainsKey("l4")); // r1 → r2 would join r1 to itself
        Assert.Equal(("r1", "act"), (s.State.Links["l3"].From, s.State.Links["l3"].To));
        Assert.Contains("\"droppedLinks\":[\"l2\",\"l4\"]", s.Events[^1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void AMergedTextMustFitTheLimit()
    {
        var s = new Scenario(new Grains.Canvas.LabLimits { MaxTextLength = 12 });
        s.AddCard(Anna, "c1");
        s.AddCard(Anna, "c2");
        s.Do(Facilitator, "card.merge", new { cardId = "c2", intoId = "c1", text = (string?)null }).Refused("text_too_long");
        s.Do(Facilitator, "card.merge", new { cardId = "c2", intoId = "c1", text = "Insieme" }).Ok();
        Assert.Equal("Insieme", s.Card("c1").Text);
    }

    [Fact]
    public void ReactionsOneOfEachKindPerPerson()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Bruno, "reaction.add", new { cardId = "c1", kind = "applauso" }).Refused("reaction_unknown");
        s.Do(Bruno, "reaction.remove", new { cardId = "c1", kind = "idea" }).Refused("no_reaction");
        s.Do(Bruno, "reaction.add", new { cardId = "c1", kind = "idea" }).Ok();
        s.Do(Bruno, "reaction.add", new { cardId = "c1", kind = "idea" }).Refused("reaction_exists");
        s.Do(Anna, "reaction.add", new { cardId = "c1", kind = "idea" }).Ok();
        Assert.Equal(2, s.Card("c1").Reactions["idea"].Count);
        s.Do(Bruno, "reaction.remove", new { cardId = "c1", kind = "idea" }).Ok();
        s.Do(Anna, "reaction.remove", new { cardId = "c1", kind = "idea" }).Ok();
        Assert.Empty(s.Card("c1").Reactions);
        s.Do(Facilitator, "lab.phase", new { phase = "voto" }).Ok();
        s.Do(Bruno, "reaction.add", new { cardId = "c1", kind = "cuore" }).Ok();
    }

    [Fact]
    public void ARemovedParticipantCanNoLongerActOrComeBack()
    {
        var s = new Scenario();
        s.AddCard(Bruno, "b1");
        s.Do(Facilitator, "member.remove", new { memberId = "p-nobody" }).Refused("member_not_found");
        s.Do(Facilitator, "member.remove", new { memberId = "staff-f" }).Refused("member_not_found");
        s.Do(Facilitator, "member.remove", new { memberId = "p-bruno" }).Ok();

        Member bruno = s.State.Members["p-bruno"];
        Assert.True(bruno.Removed);
        Assert.False(bruno.Present);
        Assert.True(s.State.Cards.ContainsKey("b1"));
        s.Do(Bruno, "card.add", new { cardId = "b2", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Refused("removed");
        Assert.Equal("removed", s.Apply(Bruno, new Grains.Canvas.Operations.JoinMember("p-bruno", "Bruno", "", Sector.Altro, Role.Participant))?.Code);
        s.Do(Facilitator, "member.remove", new { memberId = "p-bruno" }).Refused("member_not_found");
    }

    private static object[] Tables() =>
    [
        new { groupId = "g-1", name = "Tavolo 1", members = new[] { "p-anna" } },
        new { groupId = "g-2", name = "Tavolo 2", members = new[] { "p-bruno" } },
    ];
}
