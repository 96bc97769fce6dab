using System.Globalization;
using System.Text;

namespace Laboratori.Web.Attendance;

/// <summary>
/// The certificates of attendance (attestati di frequenza) of a lab, one A4 page per idoneo person: hours attended
/// against the percorso's planned hours and threshold. Printed to PDF by the browser, as the synthesis grid is.
/// </summary>
public static class CertificatesHtml
{
    private const string Style = """
        @page { size: A4 portrait; margin: 25mm 20mm; }
        body { font: 12pt/1.5 "DejaVu Serif", Georgia, serif; color: #1b1b1b; margin: 0; }
        section { break-after: page; page-break-after: always; text-align: center; padding-top: 30mm; }
        section:last-child { break-after: auto; page-break-after: auto; }
        h1 { font-size: 24pt; color: #1f4e79; margin: 0 0 12mm; letter-spacing: 0.05em; }
        .name { font-size: 20pt; font-weight: bold; margin: 6mm 0; }
        .sign { margin-top: 30mm; text-align: right; }
        """;

    public static string Render(LabHours hours, DateOnly issued)
    {
        var it = CultureInfo.GetCultureInfo("it-IT");
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\">").Append(Documents.DocumentHtml.InertPolicy).Append("<title>Attestati — ").Append(E(hours.LabTitle)).Append("</title><style>")
            .Append(Style).Append("</style></head><body>");
        var idonei = hours.People.Where(p => p.Idoneo).ToList();
        foreach (var p in idonei)
        {
            html.Append("<section><h1>Attestato di frequenza</h1><p>Si attesta che</p><p class=\"name\">").Append(E(p.Person.DisplayName)).Append("</p>");
            if (p.Person.Organisation.Length > 0)
            {
                html.Append("<p>").Append(E(p.Person.Organisation)).Append("</p>");
            }

            html.Append("<p>ha frequentato il laboratorio «").Append(E(hours.LabTitle)).Append('»');
            if (hours.Percorso.Length > 0)
            {
                html.Append(" del percorso «").Append(E(hours.Percorso)).Append('»');
            }

            html.Append(it, $" per {p.Hours:0.##} ore su {hours.PlannedHours:0.##} previste ({p.Share:0.#}%), superando la soglia del {hours.Threshold}% richiesta per l'attestato.</p>")
                .Append(it, $"<p class=\"sign\">Rilasciato il {issued:dd/MM/yyyy}<br><br>______________________<br>Il coordinamento del programma</p></section>");
        }

        if (idonei.Count == 0)
        {
            html.Append("<section><p>Nessuna persona ha raggiunto la soglia per l'attestato.</p></section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => SignInSheetHtml.Encoder.Encode(text);
}
