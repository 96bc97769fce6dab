using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Attendance;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>
/// One lab's committed events, pushed to the lab's SignalR group on this node in seq order, each once: this node's
/// observer of the lab's one canvas activation, wherever in the cluster it lives. Notifications may arrive out of order
/// or be missed (a canvas that moved to another silo); a gap is filled from the canvas before pushing.
/// Events some participants may not read as they are (<see cref="CanvasView"/>) go to each audience in its version.
/// </summary>
internal sealed partial class LabFeed(
    string labId,
    IGrainFactory grains,
    IHubContext<LabHub, ILabClient> hub,
    LabConnections connections,
    LabAnonymity anonymity,
    RosterNames names,
    ILogger logger) : ICanvasObserver, IDisposable
{
    private readonly SemaphoreSlim _order = new(1, 1);
    private ICanvasObserver? _reference;
    private long _last = -1;
    private volatile bool _disposed;

    public int Connections { get; set; }

    /// <summary>The last seq pushed to the lab's group on this node; -1 before the first subscription.</summary>
    public long Pushed => Volatile.Read(ref _last);

    private ICanvasGrain Canvas => grains.GetGrain<ICanvasGrain>(labId);

    public Task OnEventsCommitted(string labId, ImmutableArray<CanvasEvent> events) =>
        InOrderAsync(() => PushAsync(events.IsEmpty ? 0 : events[^1].Seq, events));

    public Task OnCanvasDeactivating(string labId)
    {
        // Not awaited: this runs on the observer's turn, and subscribing waits for the canvas's next activation.
        _ = ResubscribeAsync();
        return Task.CompletedTask;
    }

    /// <summary>Subscribes (again: a canvas forgets observers when it deactivates) and pushes whatever was missed meanwhile.</summary>
    public Task SubscribeAsync() => InOrderAsync(async () =>
    {
        _reference ??= grains.CreateObjectReference<ICanvasObserver>(this);
        var last = await Canvas.SubscribeAsync(_reference);
        if (_last < 0)
        {
            // Read after subscribing: a lab.anonymous event committed meanwhile waits behind this and sets it again, in order.
            anonymity.Set(labId, ReadsAnonymous((await Canvas.GetStateAsync()).State));
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

    public void Dispose()
    {
        _disposed = true;
        _order.Dispose();
    }

    /// <summary>Subscribes again after the canvas went away; a failure is retried by the next membership change or join.</summary>
    public async Task ResubscribeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await SubscribeAsync();
        }
        catch (ObjectDisposedException)
        {
            // The last connection of the lab left this node meanwhile.
        }
        catch (Exception ex)
        {
            LogResubscribeFailed(logger, ex, labId);
        }
    }

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

        fresh = [.. await names.NameAsync(labId, [.. fresh])];

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
        foreach (var mode in fresh.Where(e => e.Type == "lab.anonymous"))
        {
            anonymity.Set(labId, System.Text.Json.Nodes.JsonNode.Parse(mode.Payload)?["enabled"]?.GetValue<bool>() ?? true);
        }

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

    private static bool ReadsAnonymous(string state)
    {
        using var document = System.Text.Json.JsonDocument.Parse(state);
        return !document.RootElement.TryGetProperty("anonymous", out var anonymous) || anonymous.ValueKind != System.Text.Json.JsonValueKind.False;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lab {LabId}: could not subscribe again to the canvas; the next join or membership change retries")]
    private static partial void LogResubscribeFailed(ILogger logger, Exception error, string labId);
}
