using Microsoft.Extensions.Logging;

namespace Laboratori.Silo.Feed;

/// <summary>
/// The change feed of a single node (SQLite): there is no other node to tell, and the grains that append already
/// notify their observers, so nothing publishes to it in normal running. A publish reaches this process's subscribers.
/// </summary>
public sealed class LocalChangeFeed(ILogger<LocalChangeFeed> logger) : IChangeFeed
{
    private readonly ChangeSubscribers _subscribers = new(logger);

    public Task PublishAsync(string streamId, long lastSeq, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return _subscribers.NotifyAsync(streamId, lastSeq);
    }

    public IDisposable Subscribe(Func<string, long, Task> onChange) => _subscribers.Add(onChange);
}
