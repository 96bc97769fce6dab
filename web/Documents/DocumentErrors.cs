using Laboratori.Contracts;

namespace Laboratori.Web.Documents;

/// <summary>The stable error codes of documents, with their HTTP status (docs/protocol.md lists them).</summary>
public static class DocumentErrors
{
    public static readonly CanvasError MeetingNotFound = new("meeting_not_found", "Il laboratorio non ha un incontro con questo numero.", "The lab has no meeting with this number.");
    public static readonly CanvasError PdfUnavailable = new("pdf_unavailable", "La stampa in PDF non è disponibile su questo server: scarica il DOCX o stampa la pagina HTML.", "PDF printing is not available on this server: download the DOCX or print the HTML page.");
    public static readonly CanvasError FormatUnknown = new("format_unknown", "Formato non disponibile per questo documento.", "This format is not available for this document.");

    /// <summary>Every document error, for documentation.</summary>
    public static IReadOnlyList<CanvasError> All { get; } = [MeetingNotFound, PdfUnavailable, FormatUnknown];

    /// <summary>The HTTP status of a document error code, or null for other codes.</summary>
    public static int? StatusFor(string code) => code switch
    {
        "meeting_not_found" => StatusCodes.Status404NotFound,
        "pdf_unavailable" => StatusCodes.Status503ServiceUnavailable,
        "format_unknown" => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
