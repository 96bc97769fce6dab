using System.Text;
using System.Text.RegularExpressions;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Domain;
using Laboratori.Web.Exports;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Browser;

/// <summary>The printable synthesis grid, printed to PDF by headless Chromium as a facilitator's browser would.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SynthesisPrintTests(BrowserFixture browser)
{
    [Fact]
    public async Task SynthesisGridPrintsToA4LandscapePagesWithEveryTheme()
    {
        var s = new Scenario();
        for (var t = 1; t <= 12; t++)
        {
            s.Do(Facilitator, "theme.add", new { themeId = $"t{t}", title = $"Domanda {t}: come sostenere le famiglie fragili?" }).Ok();
            foreach (var lane in new[] { "bisogni", "risorse", "azioni" })
            {
                var id = $"{lane}-{t}";
                s.Do(Anna, "card.add", new { cardId = id, lane, text = $"Scheda «{lane}» n. {t}: servizi di prossimità, trasporto, ascolto", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
                s.Do(Anna, "card.theme", new { cardId = id, themeId = $"t{t}" }).Ok();
            }
        }

        var lab = new LabInfo("lab-print", new LabDefinition("Lab di stampa", "Famiglia", "Mandato di prova", "Percorso", "Edizione 3", "Pisa", Templates.Default),
            "ABCDEFGHJK", ["staff-f"], DateTimeOffset.UnixEpoch, false, 2);
        var html = SynthesisHtml.Render(lab, SynthesisBuilder.Build(lab.Id, s.State, s.Events[^1].At));
        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync(html);

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Artifacts, "griglia-di-sintesi.pdf"), pdf);

        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text);
        var pages = MediaBox().Count(text);
        Assert.InRange(pages, 2, 12);
        Assert.All(MediaBox().Matches(text), box => Assert.Matches(@"\[0 0 84[12]\.\d+ 59[45]\.\d+\]", box.Value));
        for (var t = 1; t <= 12; t++)
        {
            Assert.Contains($"Domanda {t}:", await page.InnerTextAsync("table"));
        }

        await page.CloseAsync();
    }

    /// <summary>Chromium writes one media box per page: its size, and so the page count.</summary>
    [GeneratedRegex(@"/MediaBox \[[^\]]*\]")]
    private static partial Regex MediaBox();
}
