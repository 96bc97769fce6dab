using System.Collections.Immutable;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>One question of the Tavolo Unificato: the themes of that title in every lab, with the labs that worked on it.</summary>
public sealed record UnifiedRow(string Title, ImmutableArray<string> Labs, ImmutableArray<UnifiedCard> Cards);
