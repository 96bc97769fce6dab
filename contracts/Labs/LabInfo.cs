using System.Collections.Immutable;

namespace Laboratori.Contracts.Labs;

/// <summary>A lab as staff see it: its definition, its join code, its facilitators and how many have enrolled.</summary>
[GenerateSerializer, Immutable]
public sealed record LabInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] LabDefinition Definition,
    [property: Id(2)] string JoinCode,
    [property: Id(3)] ImmutableArray<string> Facilitators,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Closed,
    [property: Id(6)] int Enrolled)
{
    /// <summary>When the lab was closed; null while it is open. Personal data are kept for <c>Retention:Period</c> after it.</summary>
    [Id(7)] public DateTimeOffset? ClosedAt { get; init; }
}
