using Laboratori.Grains.Canvas;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary><c>theme.colour</c>: a theme's colour from the cards' palette, checked as <c>card.colour</c> is.</summary>
public sealed class ThemeColourTests
{
    [Fact]
    public void AThemeTakesAColourFromThePaletteAndNullGivesBackTheAutomaticOne()
    {
        var s = new Scenario();
        s.Do(Bruno, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();
        Assert.Null(s.State.Themes["t1"].Colour);

        s.Do(Bruno, "theme.colour", new { themeId = "t1", colour = "viola" }).Ok();
        Assert.Equal("viola", s.State.Themes["t1"].Colour);
        Assert.Contains("\"colour\":\"viola\"", CanvasFold.Serialize(s.State), StringComparison.Ordinal);

        s.Do(Facilitator, "theme.colour", new { themeId = "t1", colour = (string?)null }).Ok();
        Assert.Null(s.State.Themes["t1"].Colour);
        // No colour is no member at all: states and vectors written before theme.colour read the same.
        Assert.DoesNotContain("\"colour\":null", CanvasFold.Serialize(s.State), StringComparison.Ordinal);
    }

    [Fact]
    public void AColourOutsideThePaletteAnotherPersonsThemeOrAMissingThemeIsRefusedAndChangesNothing()
    {
        var s = new Scenario();
        s.Do(Bruno, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();
        s.Do(Bruno, "theme.colour", new { themeId = "t1", colour = "verde" }).Ok();
        var events = s.Events.Count;

        s.Do(Bruno, "theme.colour", new { themeId = "t1", colour = "oro" }).Refused("colour_unknown");
        s.Do(Anna, "theme.colour", new { themeId = "t1", colour = "rosa" }).Refused("not_owner");
        s.Do(Bruno, "theme.colour", new { themeId = "t9", colour = "rosa" }).Refused("theme_not_found");
        s.Do(Bruno, "theme.colour", new { themeId = "t1" }).Refused("bad_request");
        s.Do(Trainer, "theme.colour", new { themeId = "t1", colour = "rosa" }).Refused("forbidden");

        Assert.Equal("verde", s.State.Themes["t1"].Colour);
        Assert.Equal(events, s.Events.Count);
    }

    [Fact]
    public void ParticipantsColourThemesOnlyWhenThePhaseAllowsThemesAndTheCanvasIsUnlocked()
    {
        var s = new Scenario();
        s.Do(Bruno, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();
        s.Do(Facilitator, "lab.lock", new { locked = true }).Ok();
        s.Do(Bruno, "theme.colour", new { themeId = "t1", colour = "rosa" }).Refused("canvas_locked");
        s.Do(Facilitator, "theme.colour", new { themeId = "t1", colour = "rosa" }).Ok();
        Assert.Equal("rosa", s.State.Themes["t1"].Colour);
    }
}
