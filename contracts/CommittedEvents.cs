using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>
/// Committed events as every audience of a node reads them, redacted once by the canvas that holds the state:
/// <see cref="Events"/> as they are (staff, and each event's own author), <see cref="Redacted"/> the same events as
/// participants read everyone else's (empty when nothing in them is hidden from anyone), with the lab's anonymous mode
/// after them and the participants they removed. <see cref="LastSeq"/> is the lab's latest committed seq.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CommittedEvents(
    [property: Id(0)] ImmutableArray<CanvasEvent> Events,
    [property: Id(1)] ImmutableArray<CanvasEvent> Redacted,
    [property: Id(2)] ImmutableArray<string> RedactedAuthors,
    [property: Id(3)] bool Anonymous,
    [property: Id(4)] ImmutableArray<string> Removed,
    [property: Id(5)] long LastSeq)
{
    /// <summary>Whether some participant reads these events otherwise than staff do.</summary>
    public bool NeedsRedaction => !Redacted.IsDefaultOrEmpty;

    /// <summary>The events as participant <paramref name="participantId"/> reads them: their own as they are, others' redacted.</summary>
    public ImmutableArray<CanvasEvent> For(string participantId) =>
        NeedsRedaction ? [.. Events.Select((e, i) => e.Author == participantId ? e : Redacted[i])] : Events;
}
