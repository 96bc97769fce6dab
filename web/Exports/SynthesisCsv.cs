using Laboratori.Contracts.History;
using Laboratori.Grains.History.Synthesis;

namespace Laboratori.Web.Exports;

/// <summary>
/// The synthesis grid as CSV: one record per card per theme. A matrix template's records say the card's row and
/// column of the matrix (Riga, Colonna) where plain lanes say the lane (Colonna). "Per conto di" names whom a facilitator
/// or tutor wrote the card for; its organisation and sector are then theirs.
/// </summary>
public static class SynthesisCsv
{
    private static readonly string[] Lanes = ["Tema", "Colonna"];

    private static readonly string[] Cells = ["Tema", "Riga", "Colonna"];

    private static readonly string[] Tail = ["Scheda", "Voti", "Autore", "Organizzazione", "Settore", "Collegata", "Collegamenti", "Per conto di"];

    public static byte[] Render(SynthesisGrid grid)
    {
        var matrix = MatrixLayout.Of(grid.Lanes) is not null;
        var csv = new Csv().Row([.. matrix ? Cells : Lanes, .. Tail]);
        foreach (var row in grid.Rows)
        {
            foreach (var card in row.Cards)
            {
                var lane = grid.Lanes.FirstOrDefault(l => l.Id == card.Lane);
                object[] where = lane?.Cell is { } cell ? [row.Title, cell.Row, cell.Column] : matrix ? [row.Title, string.Empty, card.Lane] : [row.Title, lane?.Name ?? card.Lane];
                csv.Row([.. where, card.Text, card.Votes, card.Author, card.Organisation, SectorNames.Italian(card.Sector),
                    card.ViaLink ? "sì" : "no", string.Join(" | ", card.LinkedTo), card.OnBehalfOf ?? string.Empty]);
            }
        }

        return csv.ToBytes();
    }
}
