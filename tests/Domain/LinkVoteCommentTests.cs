using Laboratori.Grains.Canvas;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

public sealed class LinkVoteCommentTests
{
    [Fact]
    public void LinksJoinTwoLiveDistinctCardsOnce()
    {
        var s = new Scenario();
        s.AddCard(Anna, "need");
        s.AddCard(Anna, "res", "risorse");

        s.Do(Bruno, "link.add", new { linkId = "l1", from = "res", to = "need" }).Ok();
        Assert.Equal(("res", "need", "p-bruno"), (s.State.Links["l1"].From, s.State.Links["l1"].To, s.State.Links["l1"].Author));

        s.Do(Anna, "link.add", new { linkId = "l2", from = "need", to = "res" }).Refused("link_exists");
        s.Do(Anna, "link.add", new { linkId = "l2", from = "need", to = "need" }).Refused("link_self");
        s.Do(Anna, "link.add", new { linkId = "l2", from = "need", to = "ghost" }).Refused("card_not_found");
        s.Do(Anna, "link.add", new { linkId = "l1", from = "need", to = "res" }).Refused("id_taken");
        s.Do(Anna, "link.delete", new { linkId = "l1" }).Refused("not_owner");
        s.Do(Bruno, "link.delete", new { linkId = "l1" }).Ok();
        s.Do(Bruno, "link.delete", new { linkId = "l1" }).Refused("link_not_found");
    }

    [Fact]
    public void LinkLimitIsEnforced()
    {
        var s = new Scenario(new LabLimits { MaxLinks = 1 });
        s.AddCard(Anna, "a");
        s.AddCard(Anna, "b");
        s.AddCard(Anna, "c");
        s.Do(Anna, "link.add", new { linkId = "l1", from = "a", to = "b" }).Ok();
        s.Do(Anna, "link.add", new { linkId = "l2", from = "b", to = "c" }).Refused("limit_links");
    }

    [Fact]
    public void VotesStayWithinTheBudgetAndCanBeRetracted()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.AddCard(Anna, "c2");

        s.Do(Bruno, "vote.cast", new { cardId = "c1" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "c1" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "c2" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "c2" }).Refused("vote_budget_exhausted");
        Assert.Equal(2, s.Card("c1").Votes["p-bruno"]);

        s.Do(Bruno, "vote.retract", new { cardId = "c1" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "c2" }).Ok();
        Assert.Equal(1, s.Card("c1").Votes["p-bruno"]);
        Assert.Equal(2, s.Card("c2").Votes["p-bruno"]);

        s.Do(Anna, "vote.retract", new { cardId = "c1" }).Refused("no_vote_to_retract");
        s.Do(Bruno, "vote.retract", new { cardId = "c1" }).Ok();
        Assert.False(s.Card("c1").Votes.ContainsKey("p-bruno"));
    }

    [Fact]
    public void CommentsAttachToLiveCardsWithinTheLimit()
    {
        var s = new Scenario(new LabLimits { MaxCommentsPerCard = 1 });
        s.AddCard(Anna, "c1");
        s.Do(Bruno, "comment.add", new { commentId = "m1", cardId = "c1", text = "Utile" }).Ok();
        Assert.Equal(("c1", "Utile", "p-bruno", s.Events[^1].At), (s.State.Comments["m1"].CardId, s.State.Comments["m1"].Text, s.State.Comments["m1"].Author, s.State.Comments["m1"].At));
        s.Do(Anna, "comment.add", new { commentId = "m2", cardId = "c1", text = "Anche" }).Refused("limit_comments");
        s.Do(Anna, "comment.add", new { commentId = "m2", cardId = "cx", text = "Anche" }).Refused("card_not_found");
        s.Do(Anna, "comment.delete", new { commentId = "m1" }).Refused("not_owner");
        s.Do(Facilitator, "comment.delete", new { commentId = "m1" }).Ok();
        s.Do(Bruno, "comment.delete", new { commentId = "m1" }).Refused("comment_not_found");
    }
}
