using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

public sealed class CardOperationTests
{
    [Fact]
    public void AddedCardCarriesItsAuthorTimeAndDefaultColour()
    {
        var s = new Scenario();
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "risorse", text = "Centro giovani", colour = (string?)null, x = 5.5, y = -3.0 }).Ok();

        var card = s.Card("c1");
        Assert.Equal(("risorse", "Centro giovani", "giallo", 5.5, -3.0, "p-anna"), (card.Lane, card.Text, card.Colour, card.X, card.Y, card.Author));
        Assert.Equal(s.Events[^1].At, card.CreatedAt);
        Assert.Equal(s.Events[^1].Seq, s.State.Seq);
        Assert.Equal(1, s.State.Members["p-anna"].Contributions);
    }

    [Theory]
    [InlineData("c 1", "bisogni", "x", null, 0, "bad_id")]
    [InlineData("c1", "altro", "x", null, 0, "lane_unknown")]
    [InlineData("c1", "bisogni", "   ", null, 0, "text_empty")]
    [InlineData("c1", "bisogni", "x", "fucsia", 0, "colour_unknown")]
    [InlineData("c1", "bisogni", "x", null, 1e9, "position_out_of_range")]
    [InlineData("c1", "bisogni", "a\u0007b", null, 0, "bad_request")]
    public void InvalidCardIsRefusedAndChangesNothing(string id, string lane, string text, string? colour, double x, string code)
    {
        var s = new Scenario();
        var seq = s.State.Seq;

        s.Do(Anna, "card.add", new { cardId = id, lane, text, colour, x, y = 0.0 }).Refused(code);

        Assert.Empty(s.State.Cards);
        Assert.Equal(seq, s.State.Seq);
    }

    [Fact]
    public void TextLongerThanTheLimitIsRefused()
    {
        var s = new Scenario(new LabLimits { MaxTextLength = 10 });
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "bisogni", text = new string('a', 11), colour = (string?)null, x = 0.0, y = 0.0 }).Refused("text_too_long");
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "bisogni", text = new string('a', 10), colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
    }

    [Fact]
    public void CardIdsAreNeverReusedEvenAfterDeletion()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Bruno, "card.add", new { cardId = "c1", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Refused("id_taken");
        s.Do(Anna, "card.delete", new { cardId = "c1" }).Ok();
        s.Do(Anna, "card.add", new { cardId = "c1", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Refused("id_taken");
    }

    [Fact]
    public void CardLimitIsEnforced()
    {
        var s = new Scenario(new LabLimits { MaxCards = 2 });
        s.AddCard(Anna, "c1");
        s.AddCard(Anna, "c2");
        s.Do(Anna, "card.add", new { cardId = "c3", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Refused("limit_cards");
    }

    [Fact]
    public void ParticipantsEditOnlyTheirOwnCardsAndFacilitatorsEditAny()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");

        s.Do(Bruno, "card.edit", new { cardId = "c1", text = "di Bruno" }).Refused("not_owner");
        s.Do(Anna, "card.edit", new { cardId = "c1", text = "di Anna" }).Ok();
        Assert.Equal("di Anna", s.Card("c1").Text);
        s.Do(Facilitator, "card.edit", new { cardId = "c1", text = "riformulata" }).Ok();
        Assert.Equal("riformulata", s.Card("c1").Text);
        Assert.Equal(s.Events[^1].At, s.Card("c1").UpdatedAt);
    }

    [Fact]
    public void AnyoneMovesAnyCardAndLaterMovesWin()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");

        s.Do(Bruno, "card.move", new { cardId = "c1", lane = "azioni", x = 1.0, y = 2.0 }).Ok();
        s.Do(Anna, "card.move", new { cardId = "c1", lane = (string?)null, x = 3.0, y = 4.0 }).Ok();

        Assert.Equal(("azioni", 3.0, 4.0), (s.Card("c1").Lane, s.Card("c1").X, s.Card("c1").Y));
        s.Do(Anna, "card.move", new { cardId = "c1", lane = "nessuna", x = 0.0, y = 0.0 }).Refused("lane_unknown");
        s.Do(Anna, "card.move", new { cardId = "zz", lane = (string?)null, x = 0.0, y = 0.0 }).Refused("card_not_found");
    }

    [Fact]
    public void ColourComesFromThePaletteAndOnlyTheAuthorChangesIt()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Anna, "card.colour", new { cardId = "c1", colour = "verde" }).Ok();
        Assert.Equal("verde", s.Card("c1").Colour);
        s.Do(Anna, "card.colour", new { cardId = "c1", colour = "oro" }).Refused("colour_unknown");
        s.Do(Bruno, "card.colour", new { cardId = "c1", colour = "rosa" }).Refused("not_owner");
    }

    [Fact]
    public void DeletingACardRemovesItsLinksCommentsAndVotes()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.AddCard(Bruno, "c2", "risorse");
        s.Do(Bruno, "link.add", new { linkId = "l1", from = "c2", to = "c1" }).Ok();
        s.Do(Bruno, "comment.add", new { commentId = "m1", cardId = "c1", text = "Concordo" }).Ok();
        s.Do(Bruno, "vote.cast", new { cardId = "c1" }).Ok();

        s.Do(Bruno, "card.delete", new { cardId = "c1" }).Refused("not_owner");
        s.Do(Anna, "card.delete", new { cardId = "c1" }).Ok();

        Assert.Equal(["c2"], s.State.Cards.Keys);
        Assert.Empty(s.State.Links);
        Assert.Empty(s.State.Comments);
        Assert.Equal(0, s.State.VotesCastBy("p-bruno"));
        Assert.Equal(["c1", "l1", "m1"], s.State.Deleted.Order());
        s.Do(Anna, "card.edit", new { cardId = "c1", text = "x" }).Refused("card_deleted");
    }

    [Fact]
    public void ThemesGroupCardsAndDeletingAThemeUngroupsThem()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Bruno, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();
        s.Do(Anna, "card.theme", new { cardId = "c1", themeId = "t1" }).Ok();
        Assert.Equal("t1", s.Card("c1").ThemeId);
        s.Do(Anna, "card.theme", new { cardId = "c1", themeId = "t9" }).Refused("theme_not_found");

        s.Do(Anna, "theme.rename", new { themeId = "t1", title = "Abitare" }).Refused("not_owner");
        s.Do(Bruno, "theme.rename", new { themeId = "t1", title = "Abitare" }).Ok();
        Assert.Equal("Abitare", s.State.Themes["t1"].Title);

        s.Do(Bruno, "theme.delete", new { themeId = "t1" }).Ok();
        Assert.Null(s.Card("c1").ThemeId);
        s.Do(Bruno, "theme.rename", new { themeId = "t1", title = "x" }).Refused("theme_not_found");
    }

    [Fact]
    public void ThemeLimitIsEnforced()
    {
        var s = new Scenario(new LabLimits { MaxThemes = 1 });
        s.Do(Anna, "theme.add", new { themeId = "t1", title = "Uno" }).Ok();
        s.Do(Anna, "theme.add", new { themeId = "t2", title = "Due" }).Refused("limit_themes");
    }

    [Fact]
    public void EveryErrorHasACodeAndBothMessages()
    {
        Assert.All(Errors.All, e =>
        {
            Assert.Matches("^[a-z_]+$", e.Code);
            Assert.NotEmpty(e.Message);
            Assert.NotEmpty(e.MessageEn);
        });
        Assert.Equal(Errors.All.Count, Errors.All.Select(e => e.Code).Distinct().Count());
        Assert.Contains(Errors.All, e => e == new CanvasError("canvas_locked", Errors.CanvasLocked.Message, Errors.CanvasLocked.MessageEn));
    }
}
