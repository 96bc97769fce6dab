using Laboratori.Contracts.History;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Tests.Domain;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Documents;

/// <summary>The Tavolo Unificato: themes of the same title across labs are one row, the shared ones first, every card kept with its lab.</summary>
public sealed class UnifiedSynthesisTests
{
    [Fact]
    public void ThemesWithTheSameTitleAcrossLabsAreOneRowAndSharedRowsComeFirst()
    {
        var pisa = Lab(("t1", "Solitudine degli anziani", "n1"), ("t2", "Trasporti", "n2"));
        var volterra = Lab(("t9", "  solitudine degli ANZIANI! ", "n1"), ("t3", "Lavoro dei giovani", "n2"));

        var table = UnifiedSynthesisBuilder.Build("Tavolo Unificato — Edizione", [("Pisa", pisa), ("Volterra", volterra)]);

        Assert.Equal("Solitudine degli anziani | Trasporti | Lavoro dei giovani | Senza tema", string.Join(" | ", table.Rows.Select(r => r.Title)));
        Assert.Equal("Pisa, Volterra", string.Join(", ", table.Rows[0].Labs));
        Assert.Equal("Pisa: Testo n1, Volterra: Testo n1", string.Join(", ", table.Rows[0].Cards.Select(c => $"{c.LabTitle}: {c.Card.Text}")));
        Assert.Equal("Pisa, Volterra", string.Join(", ", table.Rows[3].Labs));
        Assert.Equal("bisogni, risorse, azioni", string.Join(", ", table.Lanes.Select(l => l.Id)));
        Assert.Equal(pisa.Rows.Sum(r => r.Cards.Length) + volterra.Rows.Sum(r => r.Cards.Length), table.Rows.Sum(r => r.Cards.Length));
    }

    [Theory]
    [InlineData("Perché la città?", "perche la citta")]
    [InlineData("  CASA  e   lavoro ", "casa e lavoro")]
    [InlineData("Salute—benessere", "salute benessere")]
    public void ThemeTitlesMatchWithoutCaseAccentsAndPunctuation(string title, string key) =>
        Assert.Equal(key, UnifiedSynthesisBuilder.Key(title));

    private static SynthesisGrid Lab(params (string Id, string Title, string Card)[] themes)
    {
        var s = new Scenario();
        foreach (var (id, title, card) in themes)
        {
            s.Do(Facilitator, "theme.add", new { themeId = id, title }).Ok();
            s.AddCard(Anna, card);
            s.Do(Facilitator, "card.theme", new { cardId = card, themeId = id }).Ok();
        }

        s.AddCard(Bruno, "libera", "risorse");
        return SynthesisBuilder.Build("lab-" + themes[0].Id, s.State, null);
    }
}
