using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>Keeps one <see cref="LabFeed"/> subscribed per lab that has connections on this node.</summary>
public sealed class LabBroadcaster(IGrainFactory grains, IHubContext<LabHub, ILabClient> hub, LabConnections connections, LabAnonymity anonymity)
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
                feed = new LabFeed(labId, grains, hub, connections, anonymity);
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

    /// <summary>Whether this node has a feed for <paramref name="labId"/> (some connection of the lab is here).</summary>
    public bool Has(string labId)
    {
        lock (_gate)
        {
            return _feeds.ContainsKey(labId);
        }
    }

    /// <summary>
    /// Whether this node has a feed for <paramref name="labId"/> that has not yet pushed <paramref name="seq"/>: then
    /// the lab moved on somewhere else and its canvas here should read the log.
    /// </summary>
    public bool IsBehind(string labId, long seq)
    {
        lock (_gate)
        {
            return _feeds.TryGetValue(labId, out var feed) && feed.Pushed < seq;
        }
    }

    /// <summary>The labs that have a feed on this node.</summary>
    public IReadOnlyList<string> Labs()
    {
        lock (_gate)
        {
            return [.. _feeds.Keys];
        }
    }

    /// <summary>Subscribes every feed again, so that a canvas which deactivated or moved keeps feeding this node.</summary>
    public Task RenewAsync()
    {
        LabFeed[] feeds;
        lock (_gate)
        {
            feeds = [.. _feeds.Values];
        }

        return Task.WhenAll(feeds.Select(f => f.SubscribeAsync()));
    }
}
