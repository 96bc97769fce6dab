using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>Events after a sequence number, in order; <see cref="LastSeq"/> is the lab's latest committed seq.</summary>
[GenerateSerializer, Immutable]
public sealed record EventPage(
    [property: Id(0)] ImmutableArray<CanvasEvent> Events,
    [property: Id(1)] long LastSeq)
{
    /// <summary>The most events one page holds (what the hub's catch-up and the events endpoint answer at most).</summary>
    public const int MaxEvents = 1_000;

    public bool HasMore => Events.Length > 0 && Events[^1].Seq < LastSeq;
}
