namespace Laboratori.Contracts.History;

/// <summary>An incontro on the timeline: its first and last seq and times (the end is null while it is open).</summary>
[GenerateSerializer, Immutable]
public sealed record TimelineMeeting(
    [property: Id(0)] int Number,
    [property: Id(1)] string Title,
    [property: Id(2)] long StartSeq,
    [property: Id(3)] DateTimeOffset StartAt,
    [property: Id(4)] long? EndSeq,
    [property: Id(5)] DateTimeOffset? EndAt);
