using System.Collections.Immutable;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>One theme of the grid (or, with a null <see cref="ThemeId"/>, the cards in no theme).</summary>
public sealed record SynthesisRow(string? ThemeId, string Title, ImmutableArray<SynthesisCard> Cards);
