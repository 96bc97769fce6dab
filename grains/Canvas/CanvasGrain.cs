using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.History;
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
public sealed class CanvasGrain(
    IEventLog log,
    IOptions<LabLimits> limits,
    IOptions<CanvasOptions> options,
    TimeProvider time,
    ILogger<CanvasGrain> logger) : Grain, ICanvasGrain
{
    private CommitPipeline? _pipeline;
    private CanvasSnapshots? _snapshots;
    private CanvasObservers? _observers;

    private string LabId => this.GetPrimaryKeyString();

    private CommitPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("The canvas is not active.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (committed, recent) = await CanvasLoader.LoadAsync(log, LabId, options.Value.RecentEvents, cancellationToken);
        var observers = _observers = new CanvasObservers(LabId);
        var snapshots = _snapshots = new CanvasSnapshots(log, LabId, options.Value.SnapshotInterval, committed.Seq, logger);
        _pipeline = new CommitPipeline(LabId, log, committed, recent, limits.Value, time, logger)
        {
            OnCommitted = async events =>
            {
                observers.Notify(events);
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

    public Task<OperationResult> CreateAsync(Actor creator, string title, LabTemplate template) =>
        Pipeline.SubmitAsync(creator, ServerOpIds.LabCreate, new CreateLab(title, template.Id, template.Lanes, template.Phases, template.VoteBudget));

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

    public Task<OperationResult> RecordPresenceAsync(MemberProfile member, bool present)
    {
        var known = Pipeline.Working.Members.GetValueOrDefault(member.Id);
        if (known is not null && known.Present == present && (!present || Same(known, member)))
        {
            return Task.FromResult(OperationResult.Accepted(ServerOpIds.PresencePrefix, Pipeline.Working.Seq));
        }

        var actor = new Actor(member.Id, member.Role, member.DisplayName);
        CanvasOperation operation = present
            ? new JoinMember(member.Id, member.DisplayName, member.Organisation, member.Sector, member.Role)
            : new LeaveMember(member.Id);
        return Pipeline.SubmitAsync(actor, ServerOpIds.PresencePrefix + Guid.NewGuid().ToString("N"), operation);
    }

    public Task<bool> IsRemovedAsync(string memberId) => Task.FromResult(Pipeline.Committed.Members.GetValueOrDefault(memberId) is { Removed: true });

    public Task<CanvasSnapshot> GetStateAsync() => Task.FromResult(new CanvasSnapshot(Pipeline.Committed.Seq, CanvasFold.Serialize(Pipeline.Committed)));

    public async Task<EventPage> GetEventsAsync(long afterSeq, int maxCount)
    {
        var last = Pipeline.Committed.Seq;
        maxCount = Math.Clamp(maxCount, 1, CanvasHistory.Page);
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

    public Task<long> SubscribeAsync(ICanvasObserver observer)
    {
        _observers!.Add(observer);
        return Task.FromResult(Pipeline.Committed.Seq);
    }

    public Task UnsubscribeAsync(ICanvasObserver observer)
    {
        _observers!.Remove(observer);
        return Task.CompletedTask;
    }

    private static bool Same(Member known, MemberProfile member) =>
        known.DisplayName == member.DisplayName && known.Organisation == member.Organisation && known.Sector == member.Sector && known.Role == member.Role;
}
