using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Laboratori.Web.Attendance;

/// <summary>
/// An incontro's sign-in sheet (foglio firme) made for printing: A4 portrait, one row per person with entry, exit and
/// an empty signature column, people without a device included. The browser's "Print to PDF" makes the document.
/// </summary>
public static class SignInSheetHtml
{
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        @page { size: A4 portrait; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font: 10.5pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0; }
        h1 { font-size: 16pt; margin: 0 0 3pt; color: #1f4e79; }
        .meta { color: #444; font-size: 9.5pt; margin-bottom: 8pt; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #9aa7b4; padding: 5pt; text-align: left; vertical-align: middle; height: 24pt; }
        thead th { background: #dfe8f1; height: auto; }
        .n { width: 6%; } .time { width: 11%; } .sign { width: 28%; }
        footer { margin-top: 10pt; font-size: 8.5pt; color: #555; }
        """;

    public static string Render(RegisterView register)
    {
        var i = register.Incontro;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\">").Append(Documents.DocumentHtml.InertPolicy).Append("<title>Foglio firme — ").Append(E(register.LabTitle)).Append("</title><style>")
            .Append(Style).Append("</style></head><body><h1>Foglio firme — ").Append(E(register.LabTitle)).Append("</h1><div class=\"meta\">")
            .Append(CultureInfo.InvariantCulture, $"Incontro del {i.Date:dd/MM/yyyy}, dalle {i.Start:HH\\:mm} alle {i.End:HH\\:mm} (ora italiana) · {i.PlannedHours.ToString(CultureInfo.GetCultureInfo("it-IT"))} ore previste")
            .Append("</div><table><thead><tr><th class=\"n\">N.</th><th>Nome e cognome</th><th>Organizzazione</th><th class=\"time\">Entrata</th><th class=\"time\">Uscita</th><th class=\"sign\">Firma</th></tr></thead><tbody>");
        var n = 1;
        foreach (var r in register.Rows.Where(r => r.Status != RegisterStatuses.Assente))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{n++}</td><td>{E(r.DisplayName)}</td><td>{E(r.Organisation)}</td><td>{E(r.Entry)}</td><td>{E(r.Exit)}</td><td class=\"sign\"></td></tr>");
        }

        // A few empty lines for people who come without being on the list.
        for (var blank = 0; blank < 5; blank++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{n++}</td><td></td><td></td><td></td><td></td><td class=\"sign\"></td></tr>");
        }

        html.Append("</tbody></table><footer>Firma di chi facilita: ______________________ &nbsp; Firma del tutor: ______________________</footer></body></html>");
        return html.ToString();
    }

    private static string E(string? text) => Encoder.Encode(text ?? string.Empty);
}
