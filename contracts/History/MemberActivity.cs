using System.Collections.Immutable;

namespace Laboratori.Contracts.History;

/// <summary>One member's part in a lab: who they are, how many events of each type they wrote, and when.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberActivity(
    [property: Id(0)] string MemberId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Organisation,
    [property: Id(3)] Sector Sector,
    [property: Id(4)] Role Role,
    [property: Id(5)] ImmutableSortedDictionary<string, int> EventsByType,
    [property: Id(6)] DateTimeOffset? FirstAt,
    [property: Id(7)] DateTimeOffset? LastAt);
