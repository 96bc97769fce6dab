using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Attendance;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Hubs;

/// <summary>
/// One lab's committed events, pushed to the lab's SignalR group on this node in seq order, each once: this node's
/// observer of the lab's one canvas activation, wherever in the cluster it lives. Notifications may arrive out of order
/// or be missed (a canvas that moved to another silo); a gap is filled from the canvas before pushing.
/// Events some participants may not read as they are go to each audience in the version the canvas redacted for it.
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

    public Task OnEventsCommitted(string labId, CommittedEvents batch) =>
        InOrderAsync(() => PushAsync(batch.Events.IsEmpty ? 0 : batch.Events[^1].Seq, batch));

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
        var subscription = await Canvas.SubscribeAsync(_reference);
        if (_last < 0)
        {
            anonymity.Set(labId, subscription.Anonymous);
            _last = subscription.Seq;
        }
        else
        {
            await PushAsync(subscription.Seq, null);
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

    // The semaphore is not disposed: a notification on its way may still wait on it, and it holds no handle to free
    // (its AvailableWaitHandle is never read).
    public void Dispose() => _disposed = true;

    /// <summary>
    /// Subscribes again after the canvas went away. Right after a silo is declared dead the call may still be routed to
    /// it and fail (the cluster's directory forgets it a moment later): it is tried again, a little later each time,
    /// since a node whose people are all connected may see no join or membership change that would retry it.
    /// </summary>
    public async Task ResubscribeAsync()
    {
        for (var attempt = 1; !_disposed; attempt++)
        {
            try
            {
                await SubscribeAsync();
                return;
            }
            catch (Exception ex) when (attempt < ResubscribeAttempts)
            {
                LogResubscribeRetry(logger, ex, labId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
            catch (Exception ex)
            {
                LogResubscribeFailed(logger, ex, labId);
                return;
            }
        }
    }

    /// <summary>About 20 s of tries in all: longer than the cluster takes to move a dead silo's grains.</summary>
    private const int ResubscribeAttempts = 12;

    /// <summary>Pushes everything up to <paramref name="upTo"/>: first any gap before <paramref name="batch"/>, then it.</summary>
    private async Task PushAsync(long upTo, CommittedEvents? batch)
    {
        while (_last >= 0 && _last < upTo && (batch is null || batch.Events.IsEmpty || batch.Events[0].Seq > _last + 1))
        {
            var page = await Canvas.GetCommittedAsync(_last, 1_000);
            if (page.Events.IsEmpty)
            {
                break;
            }

            await SendAsync(page);
        }

        if (batch is not null)
        {
            await SendAsync(batch);
        }
    }

    private async Task SendAsync(CommittedEvents batch)
    {
        var skip = batch.Events.TakeWhile(e => e.Seq <= _last).Count();
        if (skip == batch.Events.Length)
        {
            return;
        }

        var fresh = skip == 0 ? batch : batch with
        {
            Events = batch.Events[skip..],
            Redacted = batch.NeedsRedaction ? batch.Redacted[skip..] : batch.Redacted,
        };
        fresh = await NamedAsync(fresh);
        if (!fresh.NeedsRedaction)
        {
            await hub.Clients.Group(LabHub.GroupName(labId)).Events(labId, fresh.Events);
        }
        else
        {
            // Staff read everything; each participant author reads their own events as they are; the other participants
            // read the version with nothing of anyone else's they may not see (the canvas redacted both once).
            var own = fresh.RedactedAuthors.Select(a => (Author: a, Connections: connections.OfParticipant(labId, a))).Where(a => a.Connections.Count > 0).ToArray();
            await Task.WhenAll(
                [
                    hub.Clients.Group(LabHub.StaffGroupName(labId)).Events(labId, fresh.Events),
                    hub.Clients.GroupExcept(LabHub.ParticipantsGroupName(labId), [.. own.SelectMany(a => a.Connections)]).Events(labId, fresh.Redacted),
                    // One Client(id) each: Clients(ids) would look through every connection on the node for them.
                    .. own.SelectMany(a => a.Connections.Select(c => hub.Clients.Client(c).Events(labId, fresh.For(a.Author)))),
                ]);
        }

        Volatile.Write(ref _last, fresh.Events[^1].Seq);
        anonymity.Set(labId, fresh.Anonymous);
        foreach (var memberId in fresh.Removed)
        {
            await EvictAsync(memberId);
        }
    }

    /// <summary>
    /// A participant's <c>member.join</c>, and a card written for a person, carry no name: every audience's version gets
    /// it from the roster (<see cref="RosterNames"/>).
    /// </summary>
    private async Task<CommittedEvents> NamedAsync(CommittedEvents batch)
    {
        if (!batch.Events.Any(RosterNames.NeedsNames))
        {
            return batch;
        }

        var known = await names.ForLabAsync(labId);
        return batch with
        {
            Events = RosterNames.Name(batch.Events, known),
            Redacted = batch.NeedsRedaction ? RosterNames.Name(batch.Redacted, known) : batch.Redacted,
        };
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
            // After the lab's last connection on this node left, a notification still on its way has nobody to go to.
            if (!_disposed)
            {
                await action();
            }
        }
        finally
        {
            _order.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lab {LabId}: subscribing again to the canvas failed (try {Attempt}); trying again")]
    private static partial void LogResubscribeRetry(ILogger logger, Exception error, string labId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lab {LabId}: could not subscribe again to the canvas; the next join or membership change retries")]
    private static partial void LogResubscribeFailed(ILogger logger, Exception error, string labId);
}
