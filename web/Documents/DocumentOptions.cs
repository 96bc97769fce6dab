namespace Laboratori.Web.Documents;

/// <summary>Bound from the <c>Documents</c> section: the logos of the documents' header and how PDFs are printed.</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>
    /// PNG files printed at the top of every verbale and relazione, left to right (the fund's, the region's, the
    /// organiser's logos). Relative paths are read from the content root. Default: none.
    /// </summary>
    public List<string> Logos { get; set; } = [];

    /// <summary>
    /// The Chromium (or Chrome) executable that prints documents to PDF. Default <c>/usr/lib/chromium/chromium</c>, the
    /// binary of Debian's package (its <c>/usr/bin/chromium</c> wrapper script fails in some containers); when the file is
    /// missing, PDF requests answer <c>pdf_unavailable</c> and the printable HTML still works.
    /// </summary>
    public string ChromiumPath { get; set; } = "/usr/lib/chromium/chromium";

    /// <summary>How long one print may take before it is abandoned. Default 60 seconds.</summary>
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many prints run at once (each is a Chromium process). Default 2.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}
