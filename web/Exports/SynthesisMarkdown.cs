using System.Globalization;
using System.Text;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Exports;

/// <summary>The synthesis grid as Markdown: one section per theme, one table row per card.</summary>
public static class SynthesisMarkdown
{
    public static string Render(LabInfo lab, SynthesisGrid grid)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Griglia di sintesi — {Escape(grid.Title)}\n\n");
        var where = string.Join(" · ", new[] { lab.Definition.Percorso, lab.Definition.Edizione, lab.Definition.Sede, lab.Definition.Theme }.Where(s => s.Length > 0));
        if (where.Length > 0)
        {
            md.Append(Escape(where)).Append("\n\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"Stato al passo {grid.Seq}{(grid.At is { } at ? $", {RomeTime.Of(at):yyyy-MM-dd HH:mm} (ora italiana)" : string.Empty)}.\n");
        foreach (var row in grid.Rows)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {Escape(row.Title)}\n\n| | Scheda | Voti | Autore | Organizzazione | Settore |\n|---|---|---|---|---|---|\n");
            foreach (var card in row.Cards)
            {
                // A matrix cell says its row and column: "2. Consuma le risorse → … · Communityholder".
                var lane = grid.Lanes.FirstOrDefault(l => l.Id == card.Lane) is { } found
                    ? found.Cell is { } cell ? $"{cell.Row} · {cell.Column}" : found.Name
                    : card.Lane;
                var text = Escape(card.Text) + (card.ViaLink ? " _(collegata)_" : string.Empty);
                md.Append(CultureInfo.InvariantCulture, $"| {Escape(lane)} | {text} | {card.Votes} | {Escape(card.Author + (card.OnBehalfOf is { } behalf ? " · per conto di " + behalf : string.Empty))} | {Escape(card.Organisation ?? string.Empty)} | {SectorNames.Italian(card.Sector)} |\n");
            }
        }

        md.Append("\n## Chi ha contribuito\n\n| Nome | Organizzazione | Settore | Schede | Contributi |\n|---|---|---|---|---|\n");
        foreach (var c in grid.Contributors)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(c.Name)} | {Escape(c.Organisation)} | {SectorNames.Italian(c.Sector)} | {c.Cards} | {c.Contributions} |\n");
        }

        return md.ToString();
    }

    /// <summary>Text from participants must not turn into Markdown structure: escape what tables and emphasis use.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if (ch is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
