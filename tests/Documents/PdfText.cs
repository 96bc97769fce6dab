using UglyToad.PdfPig;

namespace Laboratori.Tests.Documents;

/// <summary>
/// What a PDF holds, read back with PdfPig: its page count and each page's words, one space between them, in Unicode
/// compatibility form (the fonts' ligatures, such as "ﬁ" in "firme", read as their letters).
/// </summary>
internal sealed record PdfText(int Pages, IReadOnlyList<string> PageTexts)
{
    public string All => string.Join("\n", PageTexts);

    public static PdfText Read(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(pdf, 0, 5));
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)).Normalize(System.Text.NormalizationForm.FormKC)).ToList();
        return new PdfText(document.NumberOfPages, pages);
    }
}
