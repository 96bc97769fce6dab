using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Laboratori.Web.Documents;

namespace Laboratori.Tests.Documents;

/// <summary>
/// The verbale and the relazioni as Word documents: opened with the OpenXML SDK, valid against its schemas, with the
/// headings, figures and names they must carry; converted with LibreOffice when the machine has it.
/// </summary>
public sealed class DocxDocumentTests
{
    private static readonly string[] LibreOffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"];

    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void VerbaleIsAValidWordDocumentWithTheIncontroAttendanceGridAndActions()
    {
        var dossier = DocumentFixture.Dossier(DocumentFixture.Scenario());
        var model = VerbaleDocument.Build(dossier, 2, DocumentFixture.Now)!;
        var docx = Save(DocxWriter.Write(model, DocumentFixture.Logos), "verbale-incontro-2.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(
            ["Presenze", "Griglia di sintesi", "Azioni e responsabili", "Coesione dell'incontro"],
            Paragraphs(body).Where(p => Style(p) == DocxStyles.Heading1).Select(p => p.InnerText));
        Assert.Equal("Verbale dell'incontro n. 2 — Abitare a Pisa", Paragraphs(body).First(p => Style(p) == DocxStyles.Title).InnerText);
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        // Incontro 2 opened at 09:00:2x UTC on 23 November: 10:00 in Rome.
        Assert.Contains("23/11/2026", text);
        Assert.Contains("10:00–", text);
        Assert.Contains("In presenza e a distanza", text);
        Assert.Contains("Presenti: 2 su 5 adesioni (40%).", text);
        Assert.Contains("Casa e solitudine degli anziani", text);
        Assert.Contains("Testo a2", text);
        // The owner's own ente is committed with her, beside the ente named as owner.
        var action = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).Single(r => r.Length == 5 && r[0] == "Testo a2");
        Assert.Equal(["Testo a2", "Da avviare (scaduta)", "20/11/2026", "Anna; Comune di Pisa; Coop Il Ponte"], action[..4]);
        Assert.Contains("Proporre azioni per l'abitare degli anziani soli.", text);

        var header = document.MainDocumentPart.HeaderParts.Single();
        Assert.Contains("Innovazione e inclusione sociale", header.Header.InnerText);
        Assert.Contains("FSE+ — Fondo Sociale Europeo Plus · CUP J11B21000120009", header.Header.InnerText);
        Assert.Single(header.ImageParts);
        Assert.Equal("it-IT", document.PackageProperties.Language);
        ConvertWithLibreOfficeIfInstalled("verbale-incontro-2.docx");
    }

    [Fact]
    public void RelazioneOfALabCarriesAttendancePerIncontroCohesionEntiAndThePlan()
    {
        var model = RelazioneDocument.ForLab(DocumentFixture.Dossier(DocumentFixture.Scenario()), DocumentFixture.Now, Today);
        var docx = Save(DocxWriter.Write(model, DocumentFixture.Logos), "relazione-laboratorio.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(["Incontri e presenze", "Coesione", "Griglia di sintesi", "Piano delle azioni"],
            Paragraphs(body).Where(p => Style(p) == DocxStyles.Heading1).Select(p => p.InnerText));
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Contains(rows, r => r.Length == 6 && r.SequenceEqual(["n. 1 — Primo incontro", "23/11/2026", r[2], "3", "5", "60%"]));
        Assert.Contains(rows, r => r.Length == 6 && r.SequenceEqual(["n. 2 — Secondo incontro", "23/11/2026", r[2], "2", "5", "40%"]));
        Assert.Contains(rows, r => r.Length == 8 && r[0] == "Coop Il Ponte" && r[1] == "Terzo settore");
        Assert.Contains(rows, r => r.Length == 2 && r[0] == "Partecipazione media" && r[1] == "50% (in media 2,5 presenti per incontro su 5 adesioni)");
        Assert.Contains("Al 01/12/2026: 2 azioni, 1 scadute, 0 fatte.", body.InnerText);
        ConvertWithLibreOfficeIfInstalled("relazione-laboratorio.docx");
    }

    [Fact]
    public void RelazioneOfAnEdizioneHasTheTavoloUnificatoAndThePlanAcrossItsLabs()
    {
        var first = DocumentFixture.Dossier(DocumentFixture.Scenario(), "lab-uno", "Abitare a Pisa");
        var second = DocumentFixture.Dossier(DocumentFixture.Scenario(), "lab-due", "Abitare a Volterra");
        var scope = new DocumentScope("edz-1", "edizione", "Edizione di Pisa", first.Context, [first, second]);
        var docx = Save(DocxWriter.Write(RelazioneDocument.ForScope(scope, DocumentFixture.Now, Today), DocumentFixture.Logos), "relazione-edizione.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(["Laboratori", "Incontri e presenze", "Coesione complessiva", "Tavolo Unificato", "Piano delle azioni"],
            Paragraphs(body).Where(p => Style(p) == DocxStyles.Heading1).Select(p => p.InnerText));
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Contains(rows, r => r.Length == 4 && r[0] == "Casa e solitudine degli anziani(2 lab.)");
        Assert.Equal(["Abitare a Pisa", "Abitare a Volterra"], rows.Where(r => r.Length == 6 && r[1] == "Testo a2").Select(r => r[0]).Order());
        Assert.Contains(rows, r => r.Length == 2 && r[0] == "Partecipazione media" && r[1] == "50% (in media 2,5 presenti per incontro su 10 adesioni di 2 laboratori)");
    }

    private static IEnumerable<Paragraph> Paragraphs(Body body) => body.Elements<Paragraph>();

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static byte[] Save(byte[] docx, string name)
    {
        File.WriteAllBytes(Path.Combine(DocumentFixture.Artifacts, name), docx);
        return docx;
    }

    /// <summary>
    /// LibreOffice is not installed by test.sh (hundreds of megabytes); where it is, the document must convert to PDF
    /// with it, as a funder opening it in LibreOffice would.
    /// </summary>
    private static void ConvertWithLibreOfficeIfInstalled(string name)
    {
        var soffice = LibreOffice.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            return;
        }

        var output = Directory.CreateTempSubdirectory("laboratori-soffice-");
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--headless", $"-env:UserInstallation=file://{output.FullName}/profilo", "--convert-to", "pdf", "--outdir", output.FullName, Path.Combine(DocumentFixture.Artifacts, name)])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish converting within 2 minutes.");
        var pdf = Path.Combine(output.FullName, Path.ChangeExtension(name, ".pdf"));
        Assert.True(File.Exists(pdf), process.StandardError.ReadToEnd());
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf), 0, 5));
        File.Copy(pdf, Path.Combine(DocumentFixture.Artifacts, Path.ChangeExtension(name, ".libreoffice.pdf")), overwrite: true);
    }
}
