using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>
/// One lab's committed events, pushed to the lab's SignalR group on this node in seq order, each once. Notifications
/// may arrive out of order or be missed (a canvas that reactivated); a gap is filled from the canvas before pushing.
/// Events some participants may not read as they are (<see cref="CanvasView"/>) go to each audience in its version.
/// </summary>
internal sealed class LabFeed(string labId, IGrainFactory grains, IHubContext<LabHub, ILabClient> hub, LabConnections connections) : ICanvasObserver, IDisposable
{
    private readonly SemaphoreSlim _order = new(1, 1);
    private ICanvasObserver? _reference;
    private long _last = -1;

    public int Connections { get; set; }

    /// <summary>The last seq pushed to the lab's group on this node; -1 before the first subscription.</summary>
    public long Pushed => Volatile.Read(ref _last);

    private ICanvasGrain Canvas => grains.GetGrain<ICanvasGrain>(labId);

    public Task OnEventsCommitted(string labId, ImmutableArray<CanvasEvent> events) =>
        InOrderAsync(() => PushAsync(events.IsEmpty ? 0 : events[^1].Seq, events));

    /// <summary>Subscribes (again: a canvas forgets observers when it deactivates) and pushes whatever was missed meanwhile.</summary>
    public Task SubscribeAsync() => InOrderAsync(async () =>
    {
        _reference ??= grains.CreateObjectReference<ICanvasObserver>(this);
        if (_last < 0)
        {
            // The canvas here may have stayed active while no connection of the lab was on this node, hearing nothing
            // of another node's appends: it reads the log before this node's first connection gets its state.
            await Canvas.SyncAsync();
        }

        var last = await Canvas.SubscribeAsync(_reference);
        if (_last < 0)
        {
            _last = last;
        }
        else
        {
            await PushAsync(last, []);
        }
    });

    public async Task UnsubscribeAsync()
    {
        if (_reference is not null)
        {
            await Canvas.UnsubscribeAsync(_reference);
            grains.DeleteObjectReference<ICanvasObserver>(_reference);
        }

        Dispose();
    }

    public void Dispose() => _order.Dispose();

    /// <summary>Pushes everything up to <paramref name="upTo"/>: first any gap before <paramref name="events"/>, then them.</summary>
    private async Task PushAsync(long upTo, ImmutableArray<CanvasEvent> events)
    {
        while (_last >= 0 && _last < upTo && (events.IsEmpty || events[0].Seq > _last + 1))
        {
            var page = await Canvas.GetEventsAsync(_last, 1_000);
            if (page.Events.IsEmpty)
            {
                break;
            }

            await SendAsync(page.Events);
        }

        await SendAsync(events);
    }

    private async Task SendAsync(ImmutableArray<CanvasEvent> events)
    {
        var fresh = events.Where(e => e.Seq > _last).ToArray();
        if (fresh.Length == 0)
        {
            return;
        }

        var authors = fresh.Where(CanvasView.NeedsRedaction).Select(e => e.Author).Distinct().ToArray();
        if (authors.Length == 0)
        {
            await hub.Clients.Group(LabHub.GroupName(labId)).Events(labId, fresh);
        }
        else
        {
            // Staff read everything; each participant author reads their own events as they are; the other participants
            // read the version with nothing of anyone else's they may not see.
            var own = authors.Select(a => (Author: a, Connections: connections.OfParticipant(labId, a))).Where(a => a.Connections.Count > 0).ToArray();
            await Task.WhenAll(
                [
                    hub.Clients.Group(LabHub.StaffGroupName(labId)).Events(labId, fresh),
                    hub.Clients.GroupExcept(LabHub.ParticipantsGroupName(labId), [.. own.SelectMany(a => a.Connections)])
                        .Events(labId, CanvasView.ForParticipant(fresh, CanvasView.Nobody)),
                    // One Client(id) each: Clients(ids) would look through every connection on the node for them.
                    .. own.SelectMany(a => a.Connections.Select(c => hub.Clients.Client(c).Events(labId, CanvasView.ForParticipant(fresh, a.Author)))),
                ]);
        }

        Volatile.Write(ref _last, fresh[^1].Seq);
        foreach (var removal in fresh.Where(e => e.Type == "member.remove"))
        {
            await EvictAsync(System.Text.Json.Nodes.JsonNode.Parse(removal.Payload)?["memberId"]?.GetValue<string>() ?? string.Empty);
        }
    }

    /// <summary>Takes a removed participant's connections on this node out of the lab and tells them why.</summary>
    private async Task EvictAsync(string memberId)
    {
        foreach (var connectionId in connections.Evict(labId, memberId))
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, LabHub.GroupName(labId));
            await hub.Groups.RemoveFromGroupAsync(connectionId, LabHub.ParticipantsGroupName(labId));
            await hub.Clients.Client(connectionId).Removed(labId, Errors.Removed);
        }
    }

    private async Task InOrderAsync(Func<Task> action)
    {
        await _order.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _order.Release();
        }
    }
}
