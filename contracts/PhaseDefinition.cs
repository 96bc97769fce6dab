using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>
/// A step of the lab's agenda. <see cref="Allows"/> lists what participants may do in it (<c>cards</c>, <c>links</c>,
/// <c>votes</c>, <c>comments</c>, <c>themes</c>); <see cref="Lanes"/>, when not empty, limits new cards to those lanes.
/// Facilitators are never limited by the phase.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PhaseDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameEn,
    [property: Id(3)] ImmutableArray<string> Allows,
    [property: Id(4)] ImmutableArray<string> Lanes);
