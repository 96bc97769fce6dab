using Laboratori.Contracts;
using Laboratori.Grains.History.Synthesis;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>The synthesis grid is a document the lab shares: it keeps anonymity and leaves out cards nobody has seen.</summary>
public sealed class SynthesisTests
{
    [Fact]
    public void AnonymousCardsHaveNoAuthorAndHiddenCardsAreLeftOut()
    {
        var s = new Scenario();
        s.Do(Facilitator, "theme.add", new { themeId = "t1", title = "Casa" }).Ok();
        s.AddCard(Anna, "named");
        s.Do(Facilitator, "lab.anonymous", new { enabled = true }).Ok();
        s.AddCard(Anna, "anon");
        s.Do(Facilitator, "lab.anonymous", new { enabled = false }).Ok();
        s.Do(Facilitator, "lab.private", new { enabled = true }).Ok();
        s.AddCard(Bruno, "hidden");
        foreach (var card in new[] { "named", "anon", "hidden" })
        {
            s.Do(Facilitator, "card.theme", new { cardId = card, themeId = "t1" }).Ok();
        }

        var grid = SynthesisBuilder.Build("lab-test", s.State, null);

        var cards = Assert.Single(grid.Rows).Cards;
        Assert.Equal(["anon", "named"], cards.Select(c => c.Id).Order(StringComparer.Ordinal));
        var anon = cards.Single(c => c.Id == "anon");
        Assert.Equal(("Anonimo", (string?)null, (Sector?)null), (anon.Author, anon.Organisation, anon.Sector));
        Assert.Equal(("Anna", "Comune di Pisa"), (cards.Single(c => c.Id == "named").Author, cards.Single(c => c.Id == "named").Organisation));
        Assert.Equal(1, grid.Contributors.Single(c => c.Name == "Anna").Cards);
        Assert.Equal(0, grid.Contributors.Single(c => c.Name == "Bruno").Cards);
    }
}
