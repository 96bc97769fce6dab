using Laboratori.Contracts;

namespace Laboratori.Grains.Canvas;

/// <summary>The nodes subscribed to a canvas: told of each committed batch, and told to subscribe again when it deactivates.</summary>
internal sealed class CanvasObservers(string labId)
{
    private readonly HashSet<ICanvasObserver> _observers = [];

    public void Add(ICanvasObserver observer) => _observers.Add(observer);

    public void Remove(ICanvasObserver observer) => _observers.Remove(observer);

    public void Notify(CommittedEvents batch)
    {
        foreach (var observer in _observers)
        {
            observer.OnEventsCommitted(labId, batch).Ignore();
        }
    }

    /// <summary>Observers are not kept across activations: each node subscribes again, to the next activation.</summary>
    public void Deactivating()
    {
        foreach (var observer in _observers)
        {
            observer.OnCanvasDeactivating(labId).Ignore();
        }

        _observers.Clear();
    }
}
