using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Laboratori.Contracts;
using Laboratori.Contracts.History;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>Builds the Tavolo Unificato from the labs' own grids. Pure: the same grids give the same table.</summary>
public static class UnifiedSynthesisBuilder
{
    /// <summary>
    /// Rows worked on by more labs come first (what the labs share is what the table is for), then in the order first
    /// met; within a row, cards keep their grid's order, lab by lab. "Senza tema" rows are merged last.
    /// </summary>
    public static UnifiedSynthesis Build(string title, IReadOnlyList<(string LabTitle, SynthesisGrid Grid)> labs)
    {
        var lanes = labs.SelectMany(l => l.Grid.Lanes).GroupBy(l => l.Id, StringComparer.Ordinal).Select(g => g.First()).ToImmutableArray();
        var rows = new List<(string Key, string Title, bool Themed, List<string> Labs, List<UnifiedCard> Cards)>();
        foreach (var (labTitle, grid) in labs)
        {
            foreach (var row in grid.Rows)
            {
                var key = (row.ThemeId is null ? "\0" : string.Empty) + Key(row.Title);
                var found = rows.FindIndex(r => r.Key == key);
                if (found < 0)
                {
                    rows.Add((key, row.Title.Trim(), row.ThemeId is not null, [], []));
                    found = rows.Count - 1;
                }

                if (!rows[found].Labs.Contains(labTitle))
                {
                    rows[found].Labs.Add(labTitle);
                }

                rows[found].Cards.AddRange(row.Cards.Select(c => new UnifiedCard(grid.LabId, labTitle, c)));
            }
        }

        return new UnifiedSynthesis(
            title,
            [.. labs.Select(l => l.LabTitle)],
            lanes,
            [.. rows.Select((r, i) => (Row: r, Order: i))
                .OrderBy(r => r.Row.Themed ? 0 : 1).ThenByDescending(r => r.Row.Labs.Count).ThenBy(r => r.Order)
                .Select(r => new UnifiedRow(r.Row.Title, [.. r.Row.Labs], [.. r.Row.Cards]))]);
    }

    /// <summary>A theme title as the matching reads it: lower case, accents and punctuation dropped, spaces collapsed.</summary>
    public static string Key(string title)
    {
        var key = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }
}
