namespace Laboratori.Contracts;

/// <summary>
/// Told of events after they are durable, in commit batches. The web host's SignalR bridge implements it, one per lab
/// and node, subscribed to the lab's one activation wherever in the cluster it lives.
/// </summary>
public interface ICanvasObserver : IGrainObserver
{
    /// <summary>A commit batch, redacted for participants by the canvas (see <see cref="CommittedEvents"/>).</summary>
    [OneWay]
    Task OnEventsCommitted(string labId, CommittedEvents batch);

    /// <summary>
    /// The canvas activation is going away (idle, or its silo is shutting down) and forgets its observers: subscribe
    /// again, which activates the canvas anew (elsewhere, if this silo is stopping) and fills any gap from its log.
    /// </summary>
    [OneWay]
    Task OnCanvasDeactivating(string labId);
}
