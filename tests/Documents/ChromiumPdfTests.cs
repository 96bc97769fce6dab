using System.Text;
using System.Text.RegularExpressions;
using Laboratori.Web.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Laboratori.Tests.Documents;

/// <summary>The documents printed to PDF by Debian's headless Chromium, as the server does, on A4 portrait pages.</summary>
public sealed partial class ChromiumPdfTests
{
    [Fact]
    public async Task TheVerbaleAndTheRelazionePrintToA4Pdf()
    {
        using var printer = new ChromiumPdf(Options.Create(new DocumentOptions()), NullLogger<ChromiumPdf>.Instance);
        var dossier = DocumentFixture.Dossier(DocumentFixture.Scenario());

        var verbale = await printer.PrintAsync(DocumentHtml.Render(VerbaleDocument.Build(dossier, 1, DocumentFixture.Now)!, DocumentFixture.Logos));
        var relazione = await printer.PrintAsync(DocumentHtml.Render(RelazioneDocument.ForLab(dossier, DocumentFixture.Now, new(2026, 12, 1)), DocumentFixture.Logos));

        foreach (var (pdf, name) in new[] { (verbale, "verbale-incontro-1.pdf"), (relazione, "relazione-laboratorio.pdf") })
        {
            Assert.NotNull(pdf);
            await File.WriteAllBytesAsync(Path.Combine(DocumentFixture.Artifacts, name), pdf);
            var text = Encoding.Latin1.GetString(pdf);
            Assert.StartsWith("%PDF-", text);
            Assert.NotEmpty(MediaBox().Matches(text));
            Assert.All(MediaBox().Matches(text), box => Assert.Matches(@"\[0 0 59[45]\.\d+ 84[12]\.\d+\]", box.Value));
            var read = PdfText.Read(pdf);
            Assert.Equal(MediaBox().Count(text), read.Pages);
            Assert.Contains("Abitare a Pisa", read.PageTexts[0], StringComparison.Ordinal);
            Assert.Contains("Griglia di sintesi", read.All, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WithoutChromiumThereIsNoPdfAndNothingFails()
    {
        using var printer = new ChromiumPdf(Options.Create(new DocumentOptions { ChromiumPath = "/nessun/chromium" }), NullLogger<ChromiumPdf>.Instance);

        Assert.False(printer.Available);
        Assert.Null(await printer.PrintAsync("<p>x</p>"));
    }

    [Fact]
    public void ThePrintablePageHoldsTheLetterheadTheLogoAndEscapedText()
    {
        var s = DocumentFixture.Scenario();
        s.Do(Domain.Scenario.Anna, "card.add", new { cardId = "x1", lane = "bisogni", text = "<script>alert(1)</script>", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        s.Do(Domain.Scenario.Facilitator, "meeting.open", new { title = "Terzo" }).Ok();

        var html = DocumentHtml.Render(VerbaleDocument.Build(DocumentFixture.Dossier(s), 3, DocumentFixture.Now)!, DocumentFixture.Logos);

        Assert.Contains("<header><img alt=\"Regione Toscana\"", html);
        Assert.Contains("Innovazione e inclusione sociale<br>", html);
        Assert.Contains("CUP J11B21000120009<br>Regione Toscana</header>", html);
        Assert.Contains("<img alt=\"Regione Toscana\" src=\"data:image/png;base64,", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    /// <summary>Chromium writes one media box per page: its size.</summary>
    [GeneratedRegex(@"/MediaBox \[[^\]]*\]")]
    private static partial Regex MediaBox();
}
