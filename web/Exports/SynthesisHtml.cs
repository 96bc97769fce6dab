using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Exports;

/// <summary>
/// The synthesis grid as a self-contained page made for printing: themes down, lanes across, A4 landscape, each
/// theme kept on one page where it fits. The browser's "Print to PDF" turns it into the lab's document.
/// </summary>
public static class SynthesisHtml
{
    private const string Style = """
        @page { size: A4 landscape; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font: 10.5pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0; }
        header { border-bottom: 2px solid #1f4e79; margin-bottom: 10pt; padding-bottom: 6pt; }
        h1 { font-size: 17pt; margin: 0 0 3pt; color: #1f4e79; }
        .meta { color: #444; font-size: 9.5pt; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #9aa7b4; padding: 4pt 5pt; vertical-align: top; text-align: left; }
        thead th { background: #dfe8f1; }
        th.theme { background: #f2f5f8; width: 17%; }
        ul { margin: 0; padding-left: 12pt; }
        li { margin-bottom: 3pt; }
        .by { color: #555; font-size: 8.5pt; }
        .votes { font-weight: bold; white-space: nowrap; }
        .link { font-style: italic; }
        h2 { font-size: 12.5pt; margin: 14pt 0 5pt; color: #1f4e79; break-after: avoid; }
        footer { margin-top: 10pt; font-size: 8.5pt; color: #555; }
        """;

    public static string Render(LabInfo lab, SynthesisGrid grid)
    {
        var d = lab.Definition;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Griglia di sintesi — ").Append(E(grid.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body><header><h1>Griglia di sintesi — ").Append(E(grid.Title)).Append("</h1><div class=\"meta\">");
        html.AppendJoin(" · ", new[] { d.Percorso, d.Edizione, d.Sede, d.Theme }.Where(s => s.Length > 0).Select(E));
        html.Append(CultureInfo.InvariantCulture, $"<br>Stato al passo {grid.Seq}");
        if (grid.At is { } at)
        {
            html.Append(CultureInfo.InvariantCulture, $" del {RomeTime.Of(at):dd/MM/yyyy HH:mm} (ora italiana)");
        }

        if (d.Mandate.Length > 0)
        {
            html.Append("<br>Mandato: ").Append(E(d.Mandate));
        }

        html.Append("</div></header>");
        if (MatrixLayout.Of(grid.Lanes) is { } matrix)
        {
            AppendMatrix(html, grid, matrix);
        }
        else
        {
            AppendLanes(html, grid);
        }

        html.Append("</tbody></table><h2>Chi ha contribuito</h2><table><thead><tr><th>Nome</th><th>Organizzazione</th><th>Settore</th><th>Schede</th><th>Contributi</th></tr></thead><tbody>");
        foreach (var c in grid.Contributors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Name)}</td><td>{E(c.Organisation)}</td><td>{SectorNames.Italian(c.Sector)}</td><td>{c.Cards}</td><td>{c.Contributions}</td></tr>");
        }

        html.Append("</tbody></table><footer>In corsivo: schede collegate alle schede del tema. ● voti ricevuti. Laboratori di Co-progettazione.</footer></body></html>");
        return html.ToString();
    }

    private static void AppendLanes(StringBuilder html, SynthesisGrid grid)
    {
        html.Append("<table><thead><tr><th class=\"theme\">Tema / domanda</th>");
        foreach (var lane in grid.Lanes)
        {
            html.Append("<th>").Append(E(lane.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in grid.Rows)
        {
            html.Append("<tr><th class=\"theme\" scope=\"row\">").Append(E(row.Title)).Append("</th>");
            foreach (var lane in grid.Lanes)
            {
                AppendCards(html, row.Cards.Where(c => c.Lane == lane.Id));
            }

            html.Append("</tr>");
        }
    }

    // A matrix template: under each theme, one row per matrix row it has cards in (the theme's cell spans them).
    private static void AppendMatrix(StringBuilder html, SynthesisGrid grid, MatrixLayout matrix)
    {
        html.Append("<table><thead><tr><th class=\"theme\">Tema / domanda</th><th class=\"theme\">Dimensione</th>");
        foreach (var column in matrix.Columns)
        {
            html.Append("<th>").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in grid.Rows)
        {
            var used = matrix.Rows.Where(r => r.Cells.Any(cell => cell is not null && row.Cards.Any(c => c.Lane == cell.Id))).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"theme\" scope=\"rowgroup\" rowspan=\"{Math.Max(used.Count, 1)}\">").Append(E(row.Title)).Append("</th>");
            if (used.Count == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{matrix.Columns.Length + 1}\"></td></tr>");
                continue;
            }

            for (var i = 0; i < used.Count; i++)
            {
                html.Append(i == 0 ? string.Empty : "<tr>").Append("<th class=\"theme\" scope=\"row\">").Append(E(used[i].Name)).Append("</th>");
                foreach (var cell in used[i].Cells)
                {
                    AppendCards(html, cell is null ? [] : row.Cards.Where(c => c.Lane == cell.Id));
                }

                html.Append("</tr>");
            }
        }
    }

    private static void AppendCards(StringBuilder html, IEnumerable<SynthesisCard> cards)
    {
        html.Append("<td><ul>");
        foreach (var card in cards)
        {
            html.Append(card.ViaLink ? "<li class=\"link\">" : "<li>").Append(E(card.Text));
            if (card.Votes > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"votes\">● {card.Votes}</span>");
            }

            html.Append("<br><span class=\"by\">").Append(E(card.Author));
            if (card.OnBehalfOf is { } behalf)
            {
                html.Append(" · per conto di ").Append(E(behalf));
            }

            if (card.Organisation is { Length: > 0 } && card.Organisation != card.OnBehalfOf)
            {
                html.Append(", ").Append(E(card.Organisation));
            }

            html.Append(" (").Append(SectorNames.Italian(card.Sector)).Append(")</span></li>");
        }

        html.Append("</ul></td>");
    }

    // Letters stay letters (the page is UTF-8); markup characters and quotes are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);
}
