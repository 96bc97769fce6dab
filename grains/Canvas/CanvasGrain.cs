using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Contracts.History;
using Laboratori.Grains.History;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// One lab's canvas. Operations are validated against <see cref="_working"/> (the committed state plus the operations
/// already accepted into the commit in flight or the next one), and acknowledged when their batch is durable.
/// All methods interleave, but they run one slice at a time on the activation's scheduler, so no locks are needed.
/// </summary>
public sealed partial class CanvasGrain(
    IEventLog log,
    IOptions<LabLimits> limits,
    IOptions<CanvasOptions> options,
    TimeProvider time,
    ILogger<CanvasGrain> logger) : Grain, ICanvasGrain
{
    private readonly List<Pending> _pending = [];
    private readonly List<Admission> _admitting = [];
    private readonly Dictionary<OpKey, Task<OperationResult>> _inFlight = [];
    private readonly RecentEvents _recent = new(options.Value.RecentEvents);
    private readonly HashSet<ICanvasObserver> _observers = [];
    private CanvasState _committed = new();
    private CanvasState _working = new();
    private long _lastSnapshotSeq;
    private bool _committing;
    private bool _lookingUp;
    private bool _broken;

    private string LabId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await log.ReadSnapshotAsync(LabId, long.MaxValue, cancellationToken);
        _committed = snapshot is null ? new CanvasState() : CanvasFold.Deserialize(snapshot.Data);
        _lastSnapshotSeq = _committed.Seq;
        await CatchUpFromLogAsync(cancellationToken);
        foreach (var entry in await log.ReadTailAsync(LabId, options.Value.RecentEvents, cancellationToken))
        {
            _recent.Add(StoredEvent.FromEntry(LabId, entry));
        }

        _working = Clone(_committed);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Observers are not kept across activations: tell each node to subscribe again (to the next activation).
        foreach (var observer in _observers)
        {
            observer.OnCanvasDeactivating(LabId).Ignore();
        }

        _observers.Clear();
        return Task.CompletedTask;
    }

    public Task<OperationResult> CreateAsync(Actor creator, string title, LabTemplate template) =>
        SubmitAsync(creator, "lab-create", new CreateLab(title, template.Id, template.Lanes, template.Phases, template.VoteBudget));

    public async Task<CanvasError?> ImportAsync(Actor importer, ImmutableArray<CanvasEvent> events)
    {
        if (_working.Exists || _committing || _lookingUp)
        {
            return Errors.LabExists;
        }

        if (ImportValidation.Validate(events, importer, limits.Value, out var folded) is { } invalid)
        {
            return invalid;
        }

        var imported = events.Select(e => e with { LabId = LabId }).ToImmutableArray();

        // One append: all of the file or, if storage fails, none of it.
        await log.AppendAsync(LabId, [.. imported.Select(StoredEvent.ToEntry)]);
        _committed = folded;
        _working = Clone(folded);
        foreach (var e in imported.TakeLast(options.Value.RecentEvents))
        {
            _recent.Add(e);
        }

        await SnapshotIfDueAsync();
        return null;
    }

    public Task<OperationResult> ApplyAsync(Actor actor, OperationRequest operation)
    {
        if (!Rules.IsValidId(operation.ClientOpId))
        {
            return Task.FromResult(OperationResult.Refused(operation.ClientOpId, Errors.BadRequest.With("clientOpId non valido.", "Invalid clientOpId.")));
        }

        var key = new OpKey(actor.Id, operation.ClientOpId);
        if (_recent.FindAccepted(key) is { } seq)
        {
            return Task.FromResult(OperationResult.Accepted(operation.ClientOpId, seq));
        }

        if (_inFlight.TryGetValue(key, out var inFlight))
        {
            return inFlight;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(operation.Payload) > limits.Value.MaxPayloadBytes)
        {
            return Task.FromResult(OperationResult.Refused(operation.ClientOpId, Errors.PayloadTooLarge));
        }

        if (OperationCatalog.TryParseClient(operation.Type, operation.Payload, out var parsed) is { } error)
        {
            return Task.FromResult(OperationResult.Refused(operation.ClientOpId, error));
        }

        if (_recent.HoldsAll)
        {
            return SubmitAsync(actor, operation.ClientOpId, parsed!);
        }

        // The key may have been accepted before the events this canvas holds in memory: ask the log's index first.
        var admission = new Admission(key, actor, parsed!);
        _admitting.Add(admission);
        _inFlight[key] = admission.Completion.Task;
        if (!_lookingUp)
        {
            _ = LookUpLoopAsync();
        }

        return admission.Completion.Task;
    }

    public Task<OperationResult> RecordPresenceAsync(MemberProfile member, bool present)
    {
        var known = _working.Members.GetValueOrDefault(member.Id);
        if (known is not null && known.Present == present && (!present || Same(known, member)))
        {
            return Task.FromResult(OperationResult.Accepted("presence", _working.Seq));
        }

        var actor = new Actor(member.Id, member.Role, member.DisplayName);
        CanvasOperation operation = present
            ? new JoinMember(member.Id, member.DisplayName, member.Organisation, member.Sector, member.Role)
            : new LeaveMember(member.Id);
        return SubmitAsync(actor, "presence-" + Guid.NewGuid().ToString("N"), operation);
    }

    public Task<bool> IsRemovedAsync(string memberId) => Task.FromResult(_committed.Members.GetValueOrDefault(memberId) is { Removed: true });

    public Task<CanvasSnapshot> GetStateAsync() => Task.FromResult(new CanvasSnapshot(_committed.Seq, CanvasFold.Serialize(_committed)));

    public async Task<EventPage> GetEventsAsync(long afterSeq, int maxCount)
    {
        var last = _committed.Seq;
        maxCount = Math.Clamp(maxCount, 1, 1_000);
        if (afterSeq >= last)
        {
            return new EventPage([], last);
        }

        if (_recent.TryGetAfter(afterSeq, maxCount, out var recent))
        {
            return new EventPage(recent, last);
        }

        var entries = await log.ReadAsync(LabId, afterSeq, maxCount);
        return new EventPage([.. entries.Where(e => e.Seq <= last).Select(e => StoredEvent.FromEntry(LabId, e))], last);
    }

    public Task<long> SubscribeAsync(ICanvasObserver observer)
    {
        _observers.Add(observer);
        return Task.FromResult(_committed.Seq);
    }

    public Task UnsubscribeAsync(ICanvasObserver observer)
    {
        _observers.Remove(observer);
        return Task.CompletedTask;
    }

    private Task<OperationResult> SubmitAsync(Actor actor, string clientOpId, CanvasOperation operation)
    {
        if (_broken)
        {
            return Task.FromResult(OperationResult.Refused(clientOpId, Errors.Unavailable));
        }

        if (CanvasPolicy.Check(_working, actor, operation, limits.Value) is { } error)
        {
            return Task.FromResult(OperationResult.Refused(clientOpId, error));
        }

        var (@event, applied) = Accept(actor, clientOpId, operation);
        var pending = new Pending(new OpKey(actor.Id, clientOpId), actor, operation, applied, @event);
        _pending.Add(pending);
        _inFlight[pending.Key] = pending.Completion.Task;
        if (!_committing)
        {
            _ = CommitLoopAsync();
        }

        return pending.Completion.Task;
    }

    /// <summary>Applies an operation to the working state and makes its event, with what the server decides filled in.</summary>
    private (CanvasEvent Event, CanvasOperation Applied) Accept(Actor actor, string clientOpId, CanvasOperation operation)
    {
        var previous = _recent.LastAt ?? DateTimeOffset.MinValue;
        var now = time.GetUtcNow().UtcTicks;
        var at = new DateTimeOffset(now - (now % TimeSpan.TicksPerMillisecond), TimeSpan.Zero); // the log keeps milliseconds
        at = at < previous ? previous : at;
        var applied = operation.Normalize(_working, actor, at);
        var @event = new CanvasEvent(LabId, _working.Seq + 1, at, actor.Id, clientOpId, OperationCatalog.NameOf(applied), OperationCatalog.Serialize(applied));
        CanvasFold.Apply(_working, applied, new EventContext(@event.Seq, @event.At, @event.Author));
        return (@event, applied);
    }

    /// <summary>
    /// Answers the operations waiting in <see cref="_admitting"/> from the log's index of keys: one query for all that
    /// arrived while the previous one ran. A key found gets its first answer; the others are submitted in arrival order.
    /// </summary>
    private async Task LookUpLoopAsync()
    {
        _lookingUp = true;
        try
        {
            while (_admitting.Count > 0)
            {
                var batch = _admitting.ToArray();
                _admitting.Clear();
                IReadOnlyDictionary<string, long> found;
                try
                {
                    found = await log.FindKeysAsync(LabId, [.. batch.Select(a => a.Key.StoreKey)]);
                }
                catch (Exception ex)
                {
                    Log.LookUpFailed(logger, ex, LabId);
                    foreach (var a in batch)
                    {
                        _inFlight.Remove(a.Key);
                        a.Completion.SetResult(OperationResult.Refused(a.Key.ClientOpId, Errors.Unavailable));
                    }

                    continue;
                }

                foreach (var a in batch)
                {
                    _inFlight.Remove(a.Key);
                    if (!found.TryGetValue(a.Key.StoreKey, out var seq))
                    {
                        _ = ForwardAsync(SubmitAsync(a.Actor, a.Key.ClientOpId, a.Operation), a.Completion);
                    }
                    else if (seq <= _committed.Seq)
                    {
                        a.Completion.SetResult(OperationResult.Accepted(a.Key.ClientOpId, seq));
                    }
                    else
                    {
                        // Another writer appended it (a split brain): this activation is behind; reload, let the client resend.
                        a.Completion.SetResult(OperationResult.Refused(a.Key.ClientOpId, Errors.Unavailable));
                        DeactivateOnIdle();
                    }
                }
            }
        }
        finally
        {
            _lookingUp = false;
        }
    }

    private static async Task ForwardAsync(Task<OperationResult> result, TaskCompletionSource<OperationResult> completion) =>
        completion.SetResult(await result);

    private async Task CommitLoopAsync()
    {
        _committing = true;
        try
        {
            while (_pending.Count > 0)
            {
                var batch = _pending.ToArray();
                _pending.Clear();
                try
                {
                    await log.AppendAsync(LabId, [.. batch.Select(p => StoredEvent.ToEntry(p.Event))]);
                }
                catch (LogConflictException ex)
                {
                    // Only one activation of a lab exists in a healthy cluster: another writer means a split brain (or
                    // an import beside us). The log fenced our batch; refuse it (clients retry, idempotently) and reload.
                    Log.Fenced(logger, LabId, batch[0].Event.Seq);
                    Break(batch, ex);
                    return;
                }
                catch (Exception ex)
                {
                    Break(batch, ex);
                    return;
                }

                Committed(batch);
                await SnapshotIfDueAsync();
            }
        }
        finally
        {
            _committing = false;
        }
    }

    private void Committed(Pending[] batch)
    {
        foreach (var p in batch)
        {
            CanvasFold.Apply(_committed, p.Applied, new EventContext(p.Event.Seq, p.Event.At, p.Event.Author));
            _recent.Add(p.Event);
            _inFlight.Remove(p.Key);
            p.Completion.SetResult(OperationResult.Accepted(p.Key.ClientOpId, p.Event.Seq));
        }

        Notify([.. batch.Select(p => p.Event)]);
    }

    /// <summary>
    /// Folds the log's events after the committed seq into the committed state, and returns them. Callers tell observers
    /// only once the working state has them too: a client told of an event may act on it at once.
    /// </summary>
    private async Task<ImmutableArray<CanvasEvent>> CatchUpFromLogAsync(CancellationToken cancellationToken)
    {
        var read = ImmutableArray.CreateBuilder<CanvasEvent>();
        while (true)
        {
            var entries = await log.ReadAsync(LabId, _committed.Seq, 1_000, cancellationToken);
            if (entries.Count == 0)
            {
                return read.ToImmutable();
            }

            var events = entries.Select(e => StoredEvent.FromEntry(LabId, e)).ToImmutableArray();
            CanvasFold.Fold(_committed, events);
            foreach (var e in events)
            {
                _recent.Add(e);
            }

            read.AddRange(events);
        }
    }

    /// <summary>Storage failed: refuse everything not yet durable and let the next call reload from the log.</summary>
    private void Break(IReadOnlyList<Pending> batch, Exception ex)
    {
        Log.CommitFailed(logger, ex, LabId);
        _broken = true;
        foreach (var p in batch.Concat(_pending))
        {
            _inFlight.Remove(p.Key);
            p.Completion.SetResult(OperationResult.Refused(p.Key.ClientOpId, Errors.Unavailable));
        }

        _pending.Clear();
        DeactivateOnIdle();
    }

    private void Notify(ImmutableArray<CanvasEvent> events)
    {
        foreach (var observer in _observers)
        {
            observer.OnEventsCommitted(LabId, events).Ignore();
        }
    }

    private async Task SnapshotIfDueAsync()
    {
        if (_committed.Seq - _lastSnapshotSeq < options.Value.SnapshotInterval)
        {
            return;
        }

        _lastSnapshotSeq = _committed.Seq;
        try
        {
            await log.SaveSnapshotAsync(LabId, new LogSnapshot(_committed.Seq, CanvasFold.Serialize(_committed)));
        }
        catch (Exception ex)
        {
            // A missing snapshot only makes replay fold more events; the events themselves are safe.
            Log.SnapshotFailed(logger, ex, LabId, _committed.Seq);
        }
    }

    private static CanvasState Clone(CanvasState state) => CanvasFold.Deserialize(CanvasFold.Serialize(state));

    private static bool Same(Member known, MemberProfile member) =>
        known.DisplayName == member.DisplayName && known.Organisation == member.Organisation && known.Sector == member.Sector && known.Role == member.Role;

    /// <summary>An operation waiting for the log to say whether its key was accepted before.</summary>
    private sealed record Admission(OpKey Key, Actor Actor, CanvasOperation Operation)
    {
        public TaskCompletionSource<OperationResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>An operation waiting for its commit: as sent (to re-validate after a conflict) and as applied (its event).</summary>
    private sealed record Pending(OpKey Key, Actor Actor, CanvasOperation Operation, CanvasOperation Applied, CanvasEvent Event)
    {
        public TaskCompletionSource<OperationResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
