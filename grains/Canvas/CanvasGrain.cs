using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Silo.Hosting;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// One lab's canvas, one activation in the cluster: the composition root of its loading (<see cref="CanvasLoader"/>),
/// commit pipeline (<see cref="CommitPipeline"/>), import (<see cref="ImportValidation"/>), snapshots
/// (<see cref="CanvasSnapshots"/>) and observers (<see cref="CanvasObservers"/>).
/// <para>
/// Reentrant: operations that arrive while a commit is in flight must be validated and queued for the next one (group
/// commit), so every request interleaves at its awaits. They still run one slice at a time on the activation's
/// scheduler, so the parts need no locks.
/// </para>
/// </summary>
[Reentrant]
public sealed partial class CanvasGrain(
    IEventLog log,
    IOptions<LabLimits> limits,
    IOptions<CanvasOptions> options,
    IOptions<PresenceOptions> presenceOptions,
    [PersistentState("presence", StorageNames.Default)] IPersistentState<PresenceLeaseState> presenceLease,
    TimeProvider time,
    ILogger<CanvasGrain> logger) : Grain, ICanvasGrain
{
    private CommitPipeline? _pipeline;
    private CanvasSnapshots? _snapshots;
    private CanvasObservers? _observers;
    private PresenceHolders? _holders;
    private DateTimeOffset _activatedAt;
    private DateTimeOffset? _lastEventAt;
    private bool _listedOpen;

    private string LabId => this.GetPrimaryKeyString();

    private CommitPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("The canvas is not active.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (committed, recent) = await CanvasLoader.LoadAsync(log, LabId, options.Value.RecentEvents, cancellationToken);
        _holders = new PresenceHolders(presenceOptions.Value.Lease);
        _activatedAt = time.GetUtcNow();
        _lastEventAt = recent.LastAt;
        var observers = _observers = new CanvasObservers(LabId);
        var snapshots = _snapshots = new CanvasSnapshots(log, LabId, options.Value.SnapshotInterval, committed.Seq, logger);
        _pipeline = new CommitPipeline(LabId, log, committed, recent, limits.Value, time, logger)
        {
            OnCommitted = async events =>
            {
                observers.Notify(CanvasView.ForEveryone(events, Pipeline.Committed.Anonymous, Pipeline.Committed.Seq));
                await snapshots.SaveIfDueAsync(Pipeline.Committed);
            },
            OnBroken = DeactivateOnIdle,
        };
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _observers?.Deactivating();
        return Task.CompletedTask;
    }

    public Task<OperationResult> CreateAsync(Actor creator, string title, LabTemplate labTemplate) =>
        Pipeline.SubmitAsync(creator, ServerOpIds.LabCreate, new CreateLab(title, labTemplate.Id, labTemplate.Lanes, labTemplate.Phases, labTemplate.VoteBudget, labTemplate.Version));

    public async Task<CanvasError?> ImportAsync(Actor importer, ImmutableArray<CanvasEvent> events)
    {
        if (Pipeline.Working.Exists || !Pipeline.IsIdle)
        {
            return Errors.LabExists;
        }

        if (ImportValidation.Validate(events, importer, limits.Value, out var folded) is { } invalid)
        {
            return invalid;
        }

        // One append: all of the file or, if storage fails, none of it.
        var imported = events.Select(e => e with { LabId = LabId }).ToImmutableArray();
        await log.AppendAsync(LabId, [.. imported.Select(StoredEvent.ToEntry)]);
        Pipeline.Reset(folded, imported.TakeLast(options.Value.RecentEvents));
        await _snapshots!.SaveIfDueAsync(folded);
        return null;
    }

    public Task<OperationResult> ApplyAsync(Actor actor, OperationRequest operation) => Pipeline.ApplyAsync(actor, operation);

    // The server's own presences (demo data) are held by a node of their own, which never renews: they are closed by the
    // server itself, or by the lease.
    public Task<OperationResult> RecordPresenceAsync(MemberProfile member, bool present) => HoldPresenceAsync(ServerOpIds.PresencePrefix, member, present);

    public async Task<OperationResult> HoldPresenceAsync(string node, MemberProfile member, bool present)
    {
        var now = time.GetUtcNow();
        if (present)
        {
            await ListOpenAsync();
            _holders!.Hold(node, member.Id, now);
        }
        else if (!_holders!.Release(node, member.Id))
        {
            // Another node still holds a connection of theirs: they have not left.
            return OperationResult.Accepted(ServerOpIds.PresencePrefix, Pipeline.Working.Seq);
        }

        var known = Pipeline.Working.Members.GetValueOrDefault(member.Id);
        if (known is not null && known.Present == present && (!present || Same(known, member)))
        {
            return OperationResult.Accepted(ServerOpIds.PresencePrefix, Pipeline.Working.Seq);
        }

        var actor = new Actor(member.Id, member.Role, member.DisplayName);
        CanvasOperation operation = present
            ? JoinMember.For(member)
            : new LeaveMember(member.Id);
        var result = await Pipeline.SubmitAsync(actor, ServerOpIds.PresencePrefix + Guid.NewGuid().ToString("N"), operation);
        if (present && result.Error is not null)
        {
            _holders.Release(node, member.Id);
        }

        return result;
    }

    public async Task RenewPresenceAsync(string node, ImmutableArray<string> memberIds)
    {
        var now = time.GetUtcNow();
        var rejoin = new List<Task<OperationResult>>();
        foreach (var id in memberIds)
        {
            if (Pipeline.Working.Members.GetValueOrDefault(id) is not { Removed: false } member)
            {
                continue;
            }

            _holders!.Hold(node, id, now);
            if (!member.Present)
            {
                // Closed while its node was out of reach (the lease ran out): it is online after all.
                await ListOpenAsync();
                rejoin.Add(Pipeline.SubmitAsync(
                    new Actor(id, member.Role, member.DisplayName),
                    ServerOpIds.PresencePrefix + Guid.NewGuid().ToString("N"),
                    JoinMember.For(new MemberProfile(id, member.DisplayName, member.Organisation, member.Sector, member.Role))));
            }
        }

        await Task.WhenAll(rejoin);
        if (memberIds.Length > 0 && (presenceLease.State.LastConfirmed is not { } confirmed || now - confirmed >= presenceOptions.Value.RenewInterval / 2))
        {
            presenceLease.State.LastConfirmed = now;
            await presenceLease.WriteStateAsync();
        }

        await SweepPresenceAsync();
    }

    public async Task SweepPresenceAsync()
    {
        var present = Pipeline.Working.Members.Values.Where(m => m.Present).Select(m => m.Id).ToList();
        // The last sign of life before this activation: a stored renewal, or the last event (a join at the latest).
        var lastAlive = presenceLease.State.LastConfirmed > _lastEventAt || _lastEventAt is null ? presenceLease.State.LastConfirmed : _lastEventAt;
        var expired = _holders!.Expired(present, time.GetUtcNow(), _activatedAt, lastAlive);
        await Task.WhenAll(expired.Select(e => Pipeline.SubmitAsync(
            new Actor(e.Member, Pipeline.Working.Members[e.Member].Role, Pipeline.Working.Members[e.Member].DisplayName),
            ServerOpIds.PresencePrefix + Guid.NewGuid().ToString("N"),
            new LeaveMember(e.Member, e.LastSeen))));
        if (expired.Count > 0)
        {
            LogPresencesClosed(logger, LabId, expired.Count);
        }

        if (!Pipeline.Working.Members.Values.Any(m => m.Present) && Pipeline.IsIdle)
        {
            _listedOpen = false;
            await GrainFactory.GetGrain<IOpenPresenceGrain>(OpenPresenceGrain.Key).ClosedAsync(LabId);
            if (Pipeline.Working.Members.Values.Any(m => m.Present))
            {
                // Someone joined while the lab was being unlisted (the grain is reentrant): list it again, after.
                _listedOpen = false;
                await ListOpenAsync();
            }
        }
    }

    public Task<bool> IsRemovedAsync(string memberId) => Task.FromResult(Pipeline.Committed.Members.GetValueOrDefault(memberId) is { Removed: true });

    public Task<CanvasSnapshot> GetStateAsync(Actor viewer) =>
        Task.FromResult(CanvasView.For(viewer, new CanvasSnapshot(Pipeline.Committed.Seq, CanvasFold.Serialize(Pipeline.Committed))));

    public async Task<EventPage> GetEventsAsync(Actor viewer, long afterSeq, int maxCount) => CanvasView.For(viewer, await ReadAsync(afterSeq, maxCount));

    public async Task<CommittedEvents> GetCommittedAsync(long afterSeq, int maxCount)
    {
        var page = await ReadAsync(afterSeq, maxCount);
        return CanvasView.ForEveryone(page.Events, Pipeline.Committed.Anonymous, page.LastSeq);
    }

    private async Task<EventPage> ReadAsync(long afterSeq, int maxCount)
    {
        var last = Pipeline.Committed.Seq;
        maxCount = Math.Clamp(maxCount, 1, EventPage.MaxEvents);
        if (afterSeq >= last)
        {
            return new EventPage([], last);
        }

        if (Pipeline.Recent.TryGetAfter(afterSeq, maxCount, out var recent))
        {
            return new EventPage(recent, last);
        }

        var entries = await log.ReadAsync(LabId, afterSeq, maxCount);
        return new EventPage([.. entries.Where(e => e.Seq <= last).Select(e => StoredEvent.FromEntry(LabId, e))], last);
    }

    public Task<CanvasSubscription> SubscribeAsync(ICanvasObserver observer)
    {
        _observers!.Add(observer);
        return Task.FromResult(new CanvasSubscription(Pipeline.Committed.Seq, Pipeline.Committed.Anonymous));
    }

    public Task UnsubscribeAsync(ICanvasObserver observer)
    {
        _observers!.Remove(observer);
        return Task.CompletedTask;
    }

    // Listed before the join is written: a crash in between leaves a lab listed with nobody present, which a sweep unlists.
    private async Task ListOpenAsync()
    {
        if (!_listedOpen)
        {
            await GrainFactory.GetGrain<IOpenPresenceGrain>(OpenPresenceGrain.Key).OpenAsync(LabId);
            _listedOpen = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lab {LabId}: closed {Count} presences no node renewed within the lease")]
    private static partial void LogPresencesClosed(ILogger logger, string labId, int count);

    // A participant's name is not in the log (the roster holds it), so it is no reason to write a join again.
    private static bool Same(Member known, MemberProfile member) =>
        (member.Role == Role.Participant || known.DisplayName == member.DisplayName) && known.Organisation == member.Organisation && known.Sector == member.Sector && known.Role == member.Role;
}
