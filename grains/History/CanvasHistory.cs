using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Silo.Storage;

namespace Laboratori.Grains.History;

/// <summary>Reads of a lab's log that any grain may make: the canvas at a seq (nearest snapshot, then fold), all events.</summary>
internal static class CanvasHistory
{
    public const int Page = EventPage.MaxEvents;

    public static async Task<CanvasState> StateAtAsync(IEventLog log, string labId, long seq)
    {
        var snapshot = await log.ReadSnapshotAsync(labId, seq);
        var state = snapshot is null ? new CanvasState() : CanvasFold.Deserialize(snapshot.Data);
        while (state.Seq < seq)
        {
            var entries = await log.ReadAsync(labId, state.Seq, (int)Math.Min(Page, seq - state.Seq));
            if (entries.Count == 0)
            {
                break;
            }

            CanvasFold.Fold(state, entries.Select(e => StoredEvent.FromEntry(labId, e)));
        }

        return state;
    }

    public static async IAsyncEnumerable<CanvasEvent> AllAsync(IEventLog log, string labId)
    {
        long after = 0;
        while (true)
        {
            var entries = await log.ReadAsync(labId, after, Page);
            foreach (var entry in entries)
            {
                yield return StoredEvent.FromEntry(labId, entry);
            }

            if (entries.Count < Page)
            {
                yield break;
            }

            after = entries[^1].Seq;
        }
    }
}
