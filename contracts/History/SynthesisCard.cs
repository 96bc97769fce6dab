using System.Collections.Immutable;

namespace Laboratori.Contracts.History;

/// <summary>
/// A card in a row of the grid. <see cref="ViaLink"/> is true when the card sits in the row because it is linked to one
/// of the theme's cards rather than placed in the theme itself. An anonymous card's author is "Anonimo", with no
/// organisation or sector: the grid is a document the lab shares. A card a facilitator or tutor wrote <em>per conto di</em>
/// someone names them in <see cref="OnBehalfOf"/> (a person's name or an ente's), and its organisation and sector are theirs.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SynthesisCard(
    [property: Id(0)] string Id,
    [property: Id(1)] string Lane,
    [property: Id(2)] string Text,
    [property: Id(3)] int Votes,
    [property: Id(4)] string Author,
    [property: Id(5)] string? Organisation,
    [property: Id(6)] Sector? Sector,
    [property: Id(7)] bool ViaLink,
    [property: Id(8)] ImmutableArray<string> LinkedTo,
    [property: Id(9)] string? OnBehalfOf = null);
