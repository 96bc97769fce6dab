using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.Actions;
using Laboratori.Contracts.History;
using Laboratori.Grains.Actions;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Silo.Storage;

namespace Laboratori.Grains.History;

[StatelessWorker]
public sealed class HistoryGrain(IEventLog log) : Grain, IHistoryGrain
{
    private string LabId => this.GetPrimaryKeyString();

    public async Task<CanvasSnapshot> GetStateAtAsync(long seq)
    {
        var state = await CanvasHistory.StateAtAsync(log, LabId, seq);
        return new CanvasSnapshot(state.Seq, CanvasFold.Serialize(state));
    }

    public async Task<SynthesisGrid> GetSynthesisAsync(long seq)
    {
        var state = await CanvasHistory.StateAtAsync(log, LabId, seq);
        var last = state.Seq == 0 ? [] : await log.ReadAsync(LabId, state.Seq - 1, 1);
        return SynthesisBuilder.Build(LabId, state, last.Count == 0 ? null : StoredEvent.FromEntry(LabId, last[0]).At);
    }

    public async Task<ActionPlan> GetActionPlanAsync(DateOnly today) =>
        ActionPlanBuilder.Build(LabId, await CanvasHistory.StateAtAsync(log, LabId, long.MaxValue), today);

    public Task<long> GetLastSeqAsync() => log.GetLastSeqAsync(LabId);

    public async Task<long> GetSeqAtAsync(DateTimeOffset at)
    {
        if (at.UtcTicks >= DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerMillisecond)
        {
            // No event is written in the last millisecond of the calendar; stepping past it would overflow.
            return await log.GetLastSeqAsync(LabId);
        }

        // The log keeps milliseconds: the first event after `at` is the first one from the next millisecond on.
        var ticks = at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond) + TimeSpan.TicksPerMillisecond;
        var next = await log.ReadByTimeAsync(LabId, new DateTimeOffset(ticks, TimeSpan.Zero), DateTimeOffset.MaxValue, 1);
        return next.Count > 0 ? next[0].Seq - 1 : await log.GetLastSeqAsync(LabId);
    }

    public async Task<EventPage> GetEventsByTimeAsync(DateTimeOffset from, DateTimeOffset before, int maxCount)
    {
        var entries = await log.ReadByTimeAsync(LabId, from, before, Math.Clamp(maxCount, 1, CanvasHistory.Page));
        return new EventPage([.. entries.Select(e => StoredEvent.FromEntry(LabId, e))], await log.GetLastSeqAsync(LabId));
    }

    public async Task<Timeline> GetTimelineAsync(int buckets)
    {
        buckets = Math.Clamp(buckets, 1, 1_000);
        var events = await GetAllEventsAsync();
        if (events.IsEmpty)
        {
            return new Timeline(0, null, null, [], [], []);
        }

        var (first, last) = (events[0].At, events[^1].At);
        var width = Math.Max(1, (last - first).Ticks / buckets + 1);
        var density = events
            .GroupBy(e => (int)((e.At - first).Ticks / width))
            .Select(g => new ActivityBucket(first.AddTicks(g.Key * width), first.AddTicks((g.Key + 1) * width), g.First().Seq, g.Last().Seq, g.Count()))
            .ToImmutableArray();
        var phases = events.Where(e => e.Type is EventTypes.LabPhase or EventTypes.LabCreate)
            .Select(e => new PhaseChange(e.Seq, e.At, PhaseOf(e)))
            .Where(p => p.Phase.Length > 0)
            .ToImmutableArray();
        var state = await CanvasHistory.StateAtAsync(log, LabId, events[^1].Seq);
        var meetings = state.Meetings
            .Select(m => new TimelineMeeting(m.Number, m.Title, m.OpenedSeq, m.OpenedAt, m.ClosedSeq, m.ClosedAt))
            .ToImmutableArray();
        return new Timeline(events[^1].Seq, first, last, meetings, phases, density);
    }

    public async Task<ImmutableArray<MemberActivity>> GetActivityAsync()
    {
        var events = await GetAllEventsAsync();
        var state = await CanvasHistory.StateAtAsync(log, LabId, events.IsEmpty ? 0 : events[^1].Seq);
        var byAuthor = events.Where(e => !e.Type.StartsWith("member.", StringComparison.Ordinal)).ToLookup(e => e.Author);
        return [.. state.Members.Values.Select(m =>
        {
            var own = byAuthor[m.Id].ToList();
            return new MemberActivity(m.Id, m.DisplayName, m.Organisation, m.Sector, m.Role,
                own.GroupBy(e => e.Type).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                own.Count > 0 ? own[0].At : null, own.Count > 0 ? own[^1].At : null);
        }).OrderByDescending(a => a.EventsByType.Values.Sum()).ThenBy(a => a.DisplayName, StringComparer.Ordinal)];
    }

    public async Task<ImmutableArray<CanvasEvent>> GetAllEventsAsync()
    {
        var events = ImmutableArray.CreateBuilder<CanvasEvent>();
        await foreach (var e in CanvasHistory.AllAsync(log, LabId))
        {
            events.Add(e);
        }

        return events.ToImmutable();
    }

    private static string PhaseOf(CanvasEvent e) => OperationCatalog.ParseStored(e.Type, e.Payload) switch
    {
        Canvas.Operations.SetPhase p => p.Phase,
        Canvas.Operations.CreateLab c when !c.Phases.IsDefaultOrEmpty => c.Phases[0].Id,
        _ => string.Empty,
    };
}
