using System.Collections.Immutable;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Documents;

/// <summary>Where a lab (or a set of labs) sits in the programme structure, for the letterhead and the facts: null parts when it stands alone.</summary>
public sealed record DocumentContext(Programme? Programme, Percorso? Percorso, Edizione? Edizione, string Sede)
{
    public static DocumentContext Alone { get; } = new(null, null, null, string.Empty);

    /// <summary>The header's lines: programme, fund and CUP, owner body; the platform's name for a lab that stands alone.</summary>
    public ImmutableArray<string> Letterhead => Programme is { } p
        ? [.. new[] { p.Title, FundNames.Italian(p.Fund) + (p.Cup.Length > 0 ? $" · CUP {p.Cup}" : string.Empty), p.OwnerBody }.Where(l => l.Length > 0)]
        : ["Laboratori di Co-progettazione"];
}
