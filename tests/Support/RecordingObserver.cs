using System.Collections.Immutable;
using System.Threading.Channels;
using Laboratori.Contracts;

namespace Laboratori.Tests.Support;

/// <summary>A canvas observer that keeps every batch it is told of, for a test to read.</summary>
public sealed class RecordingObserver : ICanvasObserver
{
    public Channel<ImmutableArray<CanvasEvent>> Events { get; } = Channel.CreateUnbounded<ImmutableArray<CanvasEvent>>();

    public Task OnEventsCommitted(string labId, CommittedEvents batch) => Events.Writer.WriteAsync(batch.Events).AsTask();

    public Task OnCanvasDeactivating(string labId) => Task.CompletedTask;
}
