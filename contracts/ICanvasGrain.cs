using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>
/// One lab's canvas, one activation in the whole cluster: validates operations, appends their events to the log (grouping concurrent operations into
/// one commit) and acknowledges them once durable. Keyed by the lab id. The grain is reentrant (its class says why):
/// operations arriving during a commit join the next one.
/// </summary>
public interface ICanvasGrain : IGrainWithStringKey
{
    /// <summary>Starts the canvas with the lab's template (the first event, seq 1). Fails if it already exists.</summary>
    Task<OperationResult> CreateAsync(Actor creator, string title, LabTemplate labTemplate);

    /// <summary>
    /// Starts the canvas from another lab's archived events, from seq 1 (<c>lab.create</c>) without gaps, each checked as
    /// if it arrived as an operation (<c>import_invalid</c> names the first that would not pass). All or nothing: an
    /// invalid file writes no event. Times, authors and operation ids are kept, so the new lab replays identically.
    /// </summary>
    Task<CanvasError?> ImportAsync(Actor importer, ImmutableArray<CanvasEvent> events);

    /// <summary>Validates and applies a client's operation; completes once its event is durable.</summary>
    Task<OperationResult> ApplyAsync(Actor actor, OperationRequest operation);

    /// <summary>Records that a member came online in the lab or left it (attendance), for the server itself (demo data).</summary>
    Task<OperationResult> RecordPresenceAsync(MemberProfile member, bool present);

    /// <summary>
    /// Node <paramref name="node"/> opened its first connection of the member in the lab, or closed its last: the
    /// member is present while any node holds them, and <c>member.leave</c> is written when the last one lets go.
    /// </summary>
    Task<OperationResult> HoldPresenceAsync(string node, MemberProfile member, bool present);

    /// <summary>
    /// Node <paramref name="node"/> still holds connections of these members (it says so every
    /// <c>Presence:RenewInterval</c>); a presence no node renews within <c>Presence:Lease</c> is closed.
    /// </summary>
    Task RenewPresenceAsync(string node, ImmutableArray<string> memberIds);

    /// <summary>Closes, with a <c>member.leave</c> carrying <c>lastSeen</c>, every presence no node has renewed within the lease.</summary>
    Task SweepPresenceAsync();

    /// <summary>
    /// The committed canvas now, as <paramref name="viewer"/> may read it: all of it for staff; for a participant, without
    /// others' hidden text, anonymous authorship and others' votes by name (the redaction happens here, once, where the state is).
    /// </summary>
    Task<CanvasSnapshot> GetStateAsync(Actor viewer);

    /// <summary>Whether a facilitator removed <paramref name="memberId"/> from the lab (their token no longer gets in).</summary>
    Task<bool> IsRemovedAsync(string memberId);

    /// <summary>Up to <paramref name="maxCount"/> committed events after <paramref name="afterSeq"/>, as <paramref name="viewer"/> may read them.</summary>
    Task<EventPage> GetEventsAsync(Actor viewer, long afterSeq, int maxCount);

    /// <summary>Up to <paramref name="maxCount"/> committed events after <paramref name="afterSeq"/> for every audience (a node's feed filling a gap).</summary>
    Task<CommittedEvents> GetCommittedAsync(long afterSeq, int maxCount);

    /// <summary>Subscribes an observer to committed events; returns the last committed seq and the anonymous mode. Idempotent.</summary>
    Task<CanvasSubscription> SubscribeAsync(ICanvasObserver observer);

    Task UnsubscribeAsync(ICanvasObserver observer);
}
