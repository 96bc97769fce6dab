namespace Laboratori.Silo.Feed;

/// <summary>
/// Tells the nodes that share a store which streams moved on. A notification only says "stream S has entries up to
/// seq N": subscribers read the entries themselves from the log. Delivery is at most once and may repeat what a
/// subscriber already knows (the node that wrote the entries hears of them too), so subscribers must compare the
/// seq with what they hold. After the feed may have missed notifications (a lost connection), subscribers hear
/// <see cref="AnyStream"/>: "anything may have moved on".
/// </summary>
public interface IChangeFeed
{
    /// <summary>The stream id of a notification that stands for every stream (notifications may have been missed).</summary>
    const string AnyStream = "*";

    /// <summary>Announces that <paramref name="streamId"/> has committed entries up to <paramref name="lastSeq"/>.</summary>
    Task PublishAsync(string streamId, long lastSeq, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onChange"/> with each notification, one at a time, until the returned handle is disposed.
    /// The callback should return quickly: a slow callback delays the notifications after it.
    /// </summary>
    IDisposable Subscribe(Func<string, long, Task> onChange);
}
