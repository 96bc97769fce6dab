using System.Collections.Immutable;

namespace Laboratori.Contracts.History;

/// <summary>One theme of the grid (or, with a null <see cref="ThemeId"/>, the cards in no theme).</summary>
[GenerateSerializer, Immutable]
public sealed record SynthesisRow(
    [property: Id(0)] string? ThemeId,
    [property: Id(1)] string Title,
    [property: Id(2)] ImmutableArray<SynthesisCard> Cards);
