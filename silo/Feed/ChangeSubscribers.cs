using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Laboratori.Silo.Feed;

/// <summary>The subscribers of a change feed; one failing subscriber never stops the others.</summary>
internal sealed partial class ChangeSubscribers(ILogger logger)
{
    private ImmutableArray<Func<string, long, Task>> _subscribers = [];

    public IDisposable Add(Func<string, long, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onChange));
        return new Subscription(() => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(onChange)));
    }

    public async Task NotifyAsync(string streamId, long lastSeq)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await subscriber(streamId, lastSeq);
            }
            catch (Exception error)
            {
                LogSubscriberFailed(logger, error, streamId, lastSeq);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change feed subscriber failed on {StreamId}:{Seq}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception error, string streamId, long seq);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
