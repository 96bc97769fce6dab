using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Laboratori.Web.Documents;

/// <summary>
/// A <see cref="DocumentModel"/> as a self-contained page made for printing on A4 (logos inline as data URIs, no
/// script): what Chromium prints to PDF (<see cref="ChromiumPdf"/>) and what a browser's "Print" prints the same way.
/// </summary>
public static class DocumentHtml
{
    private const string Style = """
        @page { size: A4; margin: 16mm 14mm; }
        * { box-sizing: border-box; }
        body { font: 10.5pt/1.4 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0; }
        header { border-bottom: 2px solid #1f4e79; margin-bottom: 10pt; padding-bottom: 6pt; color: #444; font-size: 9pt; }
        header img { height: 1.4cm; margin-right: 10pt; }
        h1 { font-size: 17pt; margin: 0 0 8pt; color: #1f4e79; }
        h2 { font-size: 13pt; margin: 14pt 0 5pt; color: #1f4e79; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 10pt 0 4pt; color: #1f4e79; break-after: avoid; }
        p { margin: 0 0 5pt; }
        p.note { color: #555; font-size: 8.5pt; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8pt; font-size: 9pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #9aa7b4; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        thead th { background: #dfe8f1; }
        tbody th { background: #f2f5f8; }
        td div + div, th div + div { margin-top: 3pt; }
        """;

    // Letters stay letters (the page is UTF-8); markup characters and quotes are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The policy of every page printed to PDF, in the page itself: no script and no request (images are inline), since
    /// headless Chromium on the server opens it as a file, without the response headers a browser would get.
    /// </summary>
    public const string InertPolicy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

    public static string Render(DocumentModel model, IReadOnlyList<DocumentLogo> logos)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\">").Append(InertPolicy).Append("<title>").Append(E(model.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body><header>");
        foreach (var logo in logos)
        {
            html.Append("<img alt=\"").Append(E(logo.Name)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(logo.Png)).Append("\">");
        }

        html.AppendJoin("<br>", model.Letterhead.Select(E)).Append("</header><main><h1>").Append(E(model.Title)).Append("</h1>");
        foreach (var block in model.Blocks)
        {
            Append(html, block);
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static void Append(StringBuilder html, DocumentBlock block)
    {
        switch (block)
        {
            case DocumentHeading h:
                var tag = h.Level <= 1 ? "h2" : "h3";
                html.Append('<').Append(tag).Append('>').Append(E(h.Text)).Append("</").Append(tag).Append('>');
                break;
            case DocumentParagraph p:
                html.Append(p.Note ? "<p class=\"note\">" : "<p>").Append(E(p.Text)).Append("</p>");
                break;
            case DocumentFacts f:
                html.Append("<table><tbody>");
                foreach (var (label, value) in f.Items)
                {
                    html.Append("<tr><th scope=\"row\" style=\"width:28%\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
                break;
            case DocumentTable t:
                html.Append("<table>");
                if (t.Header.Length > 0)
                {
                    html.Append("<thead><tr>");
                    foreach (var cell in t.Header)
                    {
                        html.Append("<th scope=\"col\">").Append(E(cell)).Append("</th>");
                    }

                    html.Append("</tr></thead>");
                }

                html.Append("<tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    for (var i = 0; i < row.Length; i++)
                    {
                        var cell = t.RowHeaders && i == 0 ? "th" : "td";
                        html.Append('<').Append(cell).Append(cell == "th" ? " scope=\"row\">" : ">");
                        foreach (var line in row[i])
                        {
                            html.Append("<div>").Append(E(line)).Append("</div>");
                        }

                        html.Append("</").Append(cell).Append('>');
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
        }
    }

    private static string E(string text) => Encoder.Encode(text);
}
