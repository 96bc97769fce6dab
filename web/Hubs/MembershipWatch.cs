using Orleans.Runtime;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Watches the cluster's membership: when a silo is declared dead, the canvases it held reactivate elsewhere without
/// their observers, so every feed of this node subscribes again (and catches up from the canvas's log). A canvas
/// that deactivates in an orderly way says so itself (<see cref="Contracts.ICanvasObserver.OnCanvasDeactivating"/>).
/// </summary>
public sealed partial class MembershipWatch(
    IClusterMembershipService membership,
    LabBroadcaster broadcaster,
    ILogger<MembershipWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var previous = membership.CurrentSnapshot;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var died = snapshot.CreateUpdate(previous).Changes.Where(c => c.Status == SiloStatus.Dead).ToArray();
                previous = snapshot;
                if (died.Length == 0)
                {
                    continue;
                }

                foreach (var silo in died)
                {
                    LogSiloDied(silo.SiloAddress.ToString());
                }

                await broadcaster.RenewAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The node is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} was declared dead: this node's lab feeds subscribe again")]
    private partial void LogSiloDied(string silo);
}
