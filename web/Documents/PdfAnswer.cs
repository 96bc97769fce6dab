namespace Laboratori.Web.Documents;

/// <summary>
/// The one way an endpoint answers with a printable page as PDF: printed by <see cref="ChromiumPdf"/>, or
/// <c>503 pdf_unavailable</c> when the server has no Chromium or the print failed (the HTML page still works).
/// </summary>
public static class PdfAnswer
{
    public static async Task<IResult> PrintAsync(HttpContext http, ChromiumPdf pdf, string html, string fileName)
    {
        if (pdf.Available && await pdf.PrintAsync(html, http.RequestAborted) is { } bytes)
        {
            return TypedResults.File(bytes, "application/pdf", fileName);
        }

        return Api.ApiProblem.From(DocumentErrors.PdfUnavailable);
    }
}
