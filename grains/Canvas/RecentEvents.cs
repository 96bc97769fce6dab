using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.Canvas;

/// <summary>The last committed events of a canvas, for catch-up without storage and for answering retried operations.</summary>
internal sealed class RecentEvents(int capacity)
{
    private readonly Queue<CanvasEvent> _events = new();
    private readonly Dictionary<OpKey, long> _accepted = [];
    private long _lastSeq;

    public DateTimeOffset? LastAt { get; private set; }

    public void Add(CanvasEvent @event)
    {
        if (@event.Seq <= _lastSeq)
        {
            return;
        }

        _events.Enqueue(@event);
        _accepted[new OpKey(@event.Author, @event.ClientOpId)] = @event.Seq;
        LastAt = @event.At;
        _lastSeq = @event.Seq;
        if (_events.Count > capacity)
        {
            var evicted = _events.Dequeue();
            _accepted.Remove(new OpKey(evicted.Author, evicted.ClientOpId));
        }
    }

    /// <summary>Whether this buffer holds every event of the canvas from seq 1: then a key it lacks was never accepted.</summary>
    public bool HoldsAll => _events.Count == 0 ? _lastSeq == 0 : _events.Peek().Seq == 1;

    public long? FindAccepted(OpKey key) => _accepted.TryGetValue(key, out var seq) ? seq : null;

    /// <summary>The events after <paramref name="afterSeq"/>, if this buffer still holds the first of them.</summary>
    public bool TryGetAfter(long afterSeq, int maxCount, out ImmutableArray<CanvasEvent> events)
    {
        events = [];
        if (_events.Count == 0 || _events.Peek().Seq > afterSeq + 1)
        {
            return false;
        }

        events = [.. _events.SkipWhile(e => e.Seq <= afterSeq).Take(maxCount)];
        return true;
    }
}
