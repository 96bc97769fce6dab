namespace Laboratori.Contracts.History;

/// <summary>A slice of the timeline: when it starts and ends, the seqs it spans, and how many events fell in it.</summary>
[GenerateSerializer, Immutable]
public sealed record ActivityBucket(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] long FirstSeq,
    [property: Id(3)] long LastSeq,
    [property: Id(4)] int Events);
