using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>Told of events after they are durable, in commit batches. The web host's SignalR bridge implements it.</summary>
public interface ICanvasObserver : IGrainObserver
{
    [OneWay]
    Task OnEventsCommitted(string labId, ImmutableArray<CanvasEvent> events);
}
