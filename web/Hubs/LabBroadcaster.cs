using Laboratori.Web.Attendance;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>Keeps one <see cref="LabFeed"/> subscribed per lab that has connections on this node.</summary>
public sealed class LabBroadcaster(IGrainFactory grains, IHubContext<LabHub, ILabClient> hub, LabConnections connections, LabAnonymity anonymity, RosterNames names, ILogger<LabBroadcaster> logger)
{
    private readonly Dictionary<string, LabFeed> _feeds = [];
    private readonly Lock _gate = new();

    public Task AttachAsync(string labId)
    {
        LabFeed feed;
        bool created;
        lock (_gate)
        {
            created = !_feeds.TryGetValue(labId, out feed!);
            if (created)
            {
                feed = new LabFeed(labId, grains, hub, connections, anonymity, names, logger);
                _feeds[labId] = feed;
            }

            feed.Connections++;
        }

        // Every join subscribes again: cheap, idempotent, and heals a canvas that forgot its observers.
        return feed.SubscribeAsync();
    }

    public Task DetachAsync(string labId)
    {
        LabFeed? feed;
        lock (_gate)
        {
            if (!_feeds.TryGetValue(labId, out feed) || --feed.Connections > 0)
            {
                return Task.CompletedTask;
            }

            _feeds.Remove(labId);
        }

        return feed.UnsubscribeAsync();
    }

    /// <summary>
    /// Subscribes every feed again: after a silo died, the canvases it held come back elsewhere without their
    /// observers. A canvas that was not there answers the same seq and nothing changes.
    /// </summary>
    public Task RenewAsync()
    {
        LabFeed[] feeds;
        lock (_gate)
        {
            feeds = [.. _feeds.Values];
        }

        return Task.WhenAll(feeds.Select(f => f.ResubscribeAsync()));
    }
}
