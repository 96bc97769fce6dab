using System.Collections.Immutable;
using Laboratori.Contracts.Actions;

namespace Laboratori.Contracts.History;

/// <summary>
/// A lab's history, read straight from its log so that replay never queues behind live edits on the canvas grain.
/// Stateless: Orleans runs as many as the load needs. Keyed by the lab id.
/// </summary>
public interface IHistoryGrain : IGrainWithStringKey
{
    /// <summary>The canvas right after event <paramref name="seq"/> (0 is the empty canvas).</summary>
    Task<CanvasSnapshot> GetStateAtAsync(long seq);

    /// <summary>The griglia di sintesi right after event <paramref name="seq"/> (a document the lab shares: hidden cards left out, anonymous ones unattributed).</summary>
    Task<SynthesisGrid> GetSynthesisAsync(long seq);

    /// <summary>The lab's Piano delle azioni now, with what is overdue or due soon as of <paramref name="today"/> (Europe/Rome).</summary>
    Task<ActionPlan> GetActionPlanAsync(DateOnly today);

    /// <summary>The seq of the last event at or before <paramref name="at"/> (0 if none).</summary>
    Task<long> GetSeqAtAsync(DateTimeOffset at);

    /// <summary>The seq of the lab's last committed event (0 for a lab with no events).</summary>
    Task<long> GetLastSeqAsync();

    /// <summary>Up to <paramref name="maxCount"/> events written at or after <paramref name="from"/> and before <paramref name="before"/>.</summary>
    Task<EventPage> GetEventsByTimeAsync(DateTimeOffset from, DateTimeOffset before, int maxCount);

    /// <summary>The lab's history at a glance: meetings, phase changes and activity density, for a replay timeline.</summary>
    Task<Timeline> GetTimelineAsync(int buckets);

    /// <summary>What each member did, by kind of event.</summary>
    Task<ImmutableArray<MemberActivity>> GetActivityAsync();

    /// <summary>Every event of the lab, in order (for archiving).</summary>
    Task<ImmutableArray<CanvasEvent>> GetAllEventsAsync();
}
