using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// A canvas's commit pipeline. An operation is validated against <see cref="Working"/> (the committed state plus the
/// operations already accepted into the commit in flight or the next one), joins the next append with every other
/// operation that arrives while one is in flight (group commit), and is acknowledged once its event is durable. A
/// resend gets its first answer: from the commit it waits for, from the recent events, or from the log's index of keys
/// (one query for all resends that arrive meanwhile). If an append fails (the log fenced a stale writer, or storage
/// broke), everything not yet durable is refused with <c>unavailable</c> and the pipeline refuses all else: its owner
/// reloads from the log. Not thread-safe: its owner calls it one slice at a time (a grain's scheduler does).
/// </summary>
internal sealed partial class CommitPipeline(
    string labId,
    IEventLog log,
    CanvasState committed,
    RecentEvents recent,
    LabLimits limits,
    TimeProvider time,
    ILogger logger)
{
    private readonly List<Pending> _pending = [];
    private readonly List<Admission> _admitting = [];
    private readonly Dictionary<OpKey, Task<OperationResult>> _inFlight = [];
    private CanvasState _working = committed.Clone();
    private bool _committing;
    private bool _lookingUp;

    /// <summary>Told of each durable batch, in seq order, once <see cref="Committed"/> holds it.</summary>
    public Func<ImmutableArray<CanvasEvent>, Task>? OnCommitted { get; init; }

    /// <summary>Called once when an append fails: the owner should reload from the log.</summary>
    public Action? OnBroken { get; init; }

    /// <summary>The state of every durable event.</summary>
    public CanvasState Committed { get; private set; } = committed;

    /// <summary>The committed state plus every accepted operation not yet durable.</summary>
    public CanvasState Working => _working;

    /// <summary>The last committed events, for catch-up without storage.</summary>
    public RecentEvents Recent => recent;

    /// <summary>Whether nothing is waiting: no lookup, no commit, nothing pending.</summary>
    public bool IsIdle => !_committing && !_lookingUp && _pending.Count == 0 && _admitting.Count == 0;

    /// <summary>Whether an append failed: everything is refused until the owner reloads.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>Validates a client's operation and completes once its event is durable, or with its first answer if sent before.</summary>
    public Task<OperationResult> ApplyAsync(Actor actor, OperationRequest operation)
    {
        if (!Rules.IsValidId(operation.ClientOpId))
        {
            return Refused(operation.ClientOpId, Errors.BadRequest.With("clientOpId non valido.", "Invalid clientOpId."));
        }

        var key = new OpKey(actor.Id, operation.ClientOpId);
        if (recent.FindAccepted(key) is { } seq)
        {
            return Task.FromResult(OperationResult.Accepted(operation.ClientOpId, seq));
        }

        if (_inFlight.TryGetValue(key, out var inFlight))
        {
            return inFlight;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(operation.Payload) > limits.MaxPayloadBytes)
        {
            return Refused(operation.ClientOpId, Errors.PayloadTooLarge);
        }

        if (OperationCatalog.TryParseClient(operation.Type, operation.Payload, out var parsed) is { } error)
        {
            return Refused(operation.ClientOpId, error);
        }

        if (recent.HoldsAll)
        {
            return SubmitAsync(actor, operation.ClientOpId, parsed!);
        }

        // The key may have been accepted before the events held in memory: ask the log's index first.
        var admission = new Admission(key, actor, parsed!);
        _admitting.Add(admission);
        _inFlight[key] = admission.Completion.Task;
        if (!_lookingUp)
        {
            _ = LookUpLoopAsync();
        }

        return admission.Completion.Task;
    }

    /// <summary>Validates an operation the server itself makes (the lab's creation, attendance) and commits it.</summary>
    public Task<OperationResult> SubmitAsync(Actor actor, string clientOpId, CanvasOperation operation)
    {
        if (IsBroken)
        {
            return Refused(clientOpId, Errors.Unavailable);
        }

        if (CanvasPolicy.Check(_working, actor, operation, limits) is { } error)
        {
            return Refused(clientOpId, error);
        }

        var (@event, applied) = Accept(actor, clientOpId, operation);
        var pending = new Pending(new OpKey(actor.Id, clientOpId), applied, @event);
        _pending.Add(pending);
        _inFlight[pending.Key] = pending.Completion.Task;
        if (!_committing)
        {
            _ = CommitLoopAsync();
        }

        return pending.Completion.Task;
    }

    /// <summary>Starts over from an imported log, already durable and folded into <paramref name="folded"/>.</summary>
    public void Reset(CanvasState folded, IEnumerable<CanvasEvent> tail)
    {
        Committed = folded;
        _working = folded.Clone();
        foreach (var e in tail)
        {
            recent.Add(e);
        }
    }

    /// <summary>Applies an operation to the working state and makes its event, with what the server decides filled in.</summary>
    private (CanvasEvent Event, CanvasOperation Applied) Accept(Actor actor, string clientOpId, CanvasOperation operation)
    {
        var previous = recent.LastAt ?? DateTimeOffset.MinValue;
        var now = time.GetUtcNow().UtcTicks;
        var at = new DateTimeOffset(now - (now % TimeSpan.TicksPerMillisecond), TimeSpan.Zero); // the log keeps milliseconds
        at = at < previous ? previous : at;
        var applied = operation.Normalize(_working, actor, at);
        var @event = new CanvasEvent(labId, _working.Seq + 1, at, actor.Id, clientOpId, OperationCatalog.NameOf(applied), OperationCatalog.Serialize(applied));
        CanvasFold.Apply(_working, applied, new EventContext(@event.Seq, @event.At, @event.Author));
        return (@event, applied);
    }

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
                    found = await log.FindKeysAsync(labId, [.. batch.Select(a => a.Key.StoreKey)]);
                }
                catch (Exception ex)
                {
                    Log.LookUpFailed(logger, ex, labId);
                    foreach (var a in batch)
                    {
                        Answer(a, OperationResult.Refused(a.Key.ClientOpId, Errors.Unavailable));
                    }

                    continue;
                }

                foreach (var a in batch)
                {
                    if (!found.TryGetValue(a.Key.StoreKey, out var seq))
                    {
                        _inFlight.Remove(a.Key);
                        _ = ForwardAsync(SubmitAsync(a.Actor, a.Key.ClientOpId, a.Operation), a.Completion);
                    }
                    else if (seq <= Committed.Seq)
                    {
                        Answer(a, OperationResult.Accepted(a.Key.ClientOpId, seq));
                    }
                    else
                    {
                        // Another writer appended it (a split brain): this state is behind; reload, let the client resend.
                        Answer(a, OperationResult.Refused(a.Key.ClientOpId, Errors.Unavailable));
                        Break();
                    }
                }
            }
        }
        finally
        {
            _lookingUp = false;
        }
    }

    private void Answer(Admission admission, OperationResult result)
    {
        _inFlight.Remove(admission.Key);
        admission.Completion.SetResult(result);
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
                    await log.AppendAsync(labId, [.. batch.Select(p => StoredEvent.ToEntry(p.Event))]);
                }
                catch (Exception ex)
                {
                    // Only one activation of a lab exists in a healthy cluster: a LogConflictException means another
                    // writer (a split brain, an import beside us); the log fenced our batch. Clients retry, idempotently.
                    if (ex is LogConflictException)
                    {
                        Log.Fenced(logger, labId, batch[0].Event.Seq);
                    }
                    else
                    {
                        Log.CommitFailed(logger, ex, labId);
                    }

                    Refuse(batch);
                    Break();
                    return;
                }

                await CommittedAsync(batch);
            }
        }
        finally
        {
            _committing = false;
        }
    }

    private async Task CommittedAsync(Pending[] batch)
    {
        foreach (var p in batch)
        {
            CanvasFold.Apply(Committed, p.Applied, new EventContext(p.Event.Seq, p.Event.At, p.Event.Author));
            recent.Add(p.Event);
            _inFlight.Remove(p.Key);
            p.Completion.SetResult(OperationResult.Accepted(p.Key.ClientOpId, p.Event.Seq));
        }

        if (OnCommitted is { } onCommitted)
        {
            await onCommitted([.. batch.Select(p => p.Event)]);
        }
    }

    /// <summary>Refuses everything not yet durable: the batch that failed and all that queued behind it.</summary>
    private void Refuse(IEnumerable<Pending> batch)
    {
        foreach (var p in batch.Concat(_pending))
        {
            _inFlight.Remove(p.Key);
            p.Completion.SetResult(OperationResult.Refused(p.Key.ClientOpId, Errors.Unavailable));
        }

        _pending.Clear();
    }

    private void Break()
    {
        if (!IsBroken)
        {
            IsBroken = true;
            OnBroken?.Invoke();
        }
    }

    private static Task<OperationResult> Refused(string clientOpId, CanvasError error) => Task.FromResult(OperationResult.Refused(clientOpId, error));

    /// <summary>An operation waiting for the log to say whether its key was accepted before.</summary>
    private sealed record Admission(OpKey Key, Actor Actor, CanvasOperation Operation)
    {
        public TaskCompletionSource<OperationResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>An operation waiting for its commit, as applied (its event).</summary>
    private sealed record Pending(OpKey Key, CanvasOperation Applied, CanvasEvent Event)
    {
        public TaskCompletionSource<OperationResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
