using System.Collections.Immutable;

namespace Laboratori.Contracts.History;

/// <summary>A lab's history at a glance, for the replay timeline.</summary>
[GenerateSerializer, Immutable]
public sealed record Timeline(
    [property: Id(0)] long LastSeq,
    [property: Id(1)] DateTimeOffset? FirstAt,
    [property: Id(2)] DateTimeOffset? LastAt,
    [property: Id(3)] ImmutableArray<TimelineMeeting> Meetings,
    [property: Id(4)] ImmutableArray<PhaseChange> Phases,
    [property: Id(5)] ImmutableArray<ActivityBucket> Density);
