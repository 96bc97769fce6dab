using Laboratori.Contracts;
using Laboratori.Silo.Feed;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Turns the change feed into canvas syncs: when a lab that has connections on this node moved on beyond what this
/// node pushed (another node appended), its canvas here reads the log and tells this node's feed. Notifications of
/// this node's own appends are already pushed (or about to be: a sync then finds nothing). After the feed may have
/// missed notifications, every lab with a feed here syncs.
/// </summary>
public sealed partial class ChangeFeedBridge(
    IChangeFeed feed,
    LabBroadcaster broadcaster,
    IGrainFactory grains,
    ILogger<ChangeFeedBridge> logger) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(OnChangeAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private Task OnChangeAsync(string streamId, long lastSeq)
    {
        var labs = streamId == IChangeFeed.AnyStream ? broadcaster.Labs()
            : broadcaster.IsBehind(streamId, lastSeq) ? [streamId]
            : [];
        foreach (var labId in labs)
        {
            // Not awaited: the feed's listener must not wait on grains.
            _ = SyncAsync(labId);
        }

        return Task.CompletedTask;
    }

    private async Task SyncAsync(string labId)
    {
        try
        {
            await grains.GetGrain<ICanvasGrain>(labId).SyncAsync();
        }
        catch (Exception ex)
        {
            LogSyncFailed(ex, labId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Canvas {LabId} could not sync from the log after a change notification")]
    private partial void LogSyncFailed(Exception error, string labId);
}
