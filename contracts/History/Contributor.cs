
namespace Laboratori.Contracts.History;

/// <summary>Someone who contributed to the canvas, and how much.</summary>
[GenerateSerializer, Immutable]
public sealed record Contributor(
    [property: Id(0)] string Name,
    [property: Id(1)] string Organisation,
    [property: Id(2)] Sector Sector,
    [property: Id(3)] Role Role,
    [property: Id(4)] int Cards,
    [property: Id(5)] int Contributions);
