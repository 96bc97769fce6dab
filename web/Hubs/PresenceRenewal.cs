using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hubs;

/// <summary>
/// Every <c>Presence:RenewInterval</c>, from the node's start: tells each lab which members this node still holds, then
/// wakes every lab listed with an open presence so that it closes the ones no node renewed within the lease (a node
/// killed with people connected, a connection that vanished without its leave). The first round runs at start-up:
/// that is the sweep after a restart (docs/attendance.md, "Presence after a crash").
/// </summary>
public sealed partial class PresenceRenewal(
    LabConnections connections,
    PresenceNode node,
    IGrainFactory grains,
    IOptions<PresenceOptions> options,
    TimeProvider time,
    ILogger<PresenceRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewInterval, time);
        try
        {
            do
            {
                await RenewAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The node is stopping.
        }
    }

    /// <summary>One round: renew what this node holds, then sweep the labs listed open.</summary>
    public async Task RenewAsync()
    {
        try
        {
            await Task.WhenAll(connections.Held().Select(lab => grains.GetGrain<ICanvasGrain>(lab.Key).RenewPresenceAsync(node.Id, lab.Value)));
            var open = await grains.GetGrain<IOpenPresenceGrain>(OpenPresenceGrain.Key).ListAsync();
            await Task.WhenAll(open.Select(lab => grains.GetGrain<ICanvasGrain>(lab).SweepPresenceAsync()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next round tries again: a silo failing over, storage briefly out of reach.
            LogRoundFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence renewal round failed; the next one tries again")]
    private partial void LogRoundFailed(Exception exception);
}
