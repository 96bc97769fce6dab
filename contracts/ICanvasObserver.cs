using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>
/// Told of events after they are durable, in commit batches. The web host's SignalR bridge implements it, one per lab
/// and node, subscribed to the lab's one activation wherever in the cluster it lives.
/// </summary>
public interface ICanvasObserver : IGrainObserver
{
    [OneWay]
    Task OnEventsCommitted(string labId, ImmutableArray<CanvasEvent> events);

    /// <summary>
    /// The canvas activation is going away (idle, or its silo is shutting down) and forgets its observers: subscribe
    /// again, which activates the canvas anew (elsewhere, if this silo is stopping) and fills any gap from its log.
    /// </summary>
    [OneWay]
    Task OnCanvasDeactivating(string labId);
}
