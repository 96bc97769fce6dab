using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>
/// A step of the lab's agenda. <see cref="Allows"/> lists what participants may do in it (<c>cards</c>, <c>links</c>,
/// <c>votes</c>, <c>comments</c>, <c>themes</c>); <see cref="Lanes"/>, when not empty, limits new cards to those lanes.
/// Facilitators are never limited by the phase. A phase of a programme's own template may say how many
/// <see cref="Minutes"/> it is planned to take and what to do in it (<see cref="Instructions"/>); absent, and not
/// written, otherwise.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PhaseDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameEn,
    [property: Id(3)] ImmutableArray<string> Allows,
    [property: Id(4)] ImmutableArray<string> Lanes,
    [property: Id(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Minutes = null,
    [property: Id(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Instructions = null,
    [property: Id(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InstructionsEn = null);
