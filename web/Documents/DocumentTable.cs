using System.Collections.Immutable;

namespace Laboratori.Web.Documents;

/// <summary>
/// A table with a header row. A cell holds lines (a list of cards is one line per card); with
/// <see cref="RowHeaders"/> the first cell of each row is its heading (a theme of the synthesis grid).
/// </summary>
public sealed record DocumentTable(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<ImmutableArray<string>>> Rows, bool RowHeaders = false) : DocumentBlock
{
    /// <summary>A table whose cells are one line each.</summary>
    public static DocumentTable Of(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, bool rowHeaders = false) =>
        new([.. header], [.. rows.Select(r => r.Select(c => ImmutableArray.Create(c)).ToImmutableArray())], rowHeaders);
}
