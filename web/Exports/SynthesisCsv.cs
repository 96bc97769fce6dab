using Laboratori.Contracts.History;
using Laboratori.Grains.History.Synthesis;

namespace Laboratori.Web.Exports;

/// <summary>The synthesis grid as CSV: one record per card per theme.</summary>
public static class SynthesisCsv
{
    public static byte[] Render(SynthesisGrid grid)
    {
        var csv = new Csv().Row("Tema", "Colonna", "Scheda", "Voti", "Autore", "Organizzazione", "Settore", "Collegata", "Collegamenti");
        foreach (var row in grid.Rows)
        {
            foreach (var card in row.Cards)
            {
                var lane = grid.Lanes.FirstOrDefault(l => l.Id == card.Lane)?.Name ?? card.Lane;
                csv.Row(row.Title, lane, card.Text, card.Votes, card.Author, card.Organisation, SectorNames.Italian(card.Sector),
                    card.ViaLink ? "sì" : "no", string.Join(" | ", card.LinkedTo));
            }
        }

        return csv.ToBytes();
    }
}
