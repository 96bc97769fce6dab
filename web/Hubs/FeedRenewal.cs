namespace Laboratori.Web.Hubs;

/// <summary>Renews this node's canvas subscriptions every minute: also keeps canvases with live connections from idling out.</summary>
public sealed class FeedRenewal(LabBroadcaster broadcaster, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await broadcaster.RenewAsync();
        }
    }
}
