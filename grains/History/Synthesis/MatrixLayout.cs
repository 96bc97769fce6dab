using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>
/// The rows × columns a matrix template's lanes make (its lanes are its cells, row by row, each with a
/// <see cref="LaneDefinition.Cell"/>), so a grid, a document or an export can lay the cells out as the board does.
/// </summary>
public sealed record MatrixLayout(ImmutableArray<string> Columns, ImmutableArray<MatrixLayoutRow> Rows)
{
    /// <summary>The matrix of these lanes, or null when any lane is a plain lane (not a cell).</summary>
    public static MatrixLayout? Of(ImmutableArray<LaneDefinition> lanes)
    {
        if (lanes.IsDefaultOrEmpty)
        {
            return null;
        }

        var cells = new List<(LaneDefinition Lane, MatrixCell Cell)>(lanes.Length);
        foreach (var lane in lanes)
        {
            if (lane.Cell is not { } cell)
            {
                return null;
            }

            cells.Add((lane, cell));
        }

        var columns = cells.Select(c => c.Cell.Column).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var rows = cells.GroupBy(c => c.Cell.Row, StringComparer.Ordinal)
            .Select(g => new MatrixLayoutRow(g.Key, [.. columns.Select(column => g.Where(c => c.Cell.Column == column).Select(c => c.Lane).FirstOrDefault())]))
            .ToImmutableArray();
        return new MatrixLayout(columns, rows);
    }
}
