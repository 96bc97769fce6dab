using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>
/// A card in a row of the grid. <see cref="ViaLink"/> is true when the card sits in the row because it is linked to one
/// of the theme's cards rather than placed in the theme itself. An anonymous card's author is "Anonimo", with no
/// organisation or sector: the grid is a document the lab shares.
/// </summary>
public sealed record SynthesisCard(
    string Id,
    string Lane,
    string Text,
    int Votes,
    string Author,
    string? Organisation,
    Sector? Sector,
    bool ViaLink,
    ImmutableArray<string> LinkedTo);
