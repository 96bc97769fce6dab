using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>
/// The "Tavolo Unificato": one synthesis grid across the labs of an edizione or a programme. Themes with the same
/// title (case, spacing and accents aside) are one row; lanes with the same id are one column.
/// </summary>
public sealed record UnifiedSynthesis(string Title, ImmutableArray<string> Labs, ImmutableArray<LaneDefinition> Lanes, ImmutableArray<UnifiedRow> Rows);
