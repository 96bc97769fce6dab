using Laboratori.Grains.Canvas.Model;
using Laboratori.Silo.Storage;

namespace Laboratori.Grains.Canvas;

/// <summary>Loads a canvas from its log: the latest snapshot, the events after it, and the last ones kept in memory.</summary>
internal static class CanvasLoader
{
    private const int Page = 1_000;

    public static async Task<(CanvasState Committed, RecentEvents Recent)> LoadAsync(IEventLog log, string labId, int recentCapacity, CancellationToken cancellationToken)
    {
        var snapshot = await log.ReadSnapshotAsync(labId, long.MaxValue, cancellationToken);
        var committed = snapshot is null ? new CanvasState() : CanvasFold.Deserialize(snapshot.Data);
        while (true)
        {
            var entries = await log.ReadAsync(labId, committed.Seq, Page, cancellationToken);
            if (entries.Count == 0)
            {
                break;
            }

            CanvasFold.Fold(committed, entries.Select(e => StoredEvent.FromEntry(labId, e)));
        }

        // The last events, snapshot or not, answer catch-ups and resends without storage.
        var recent = new RecentEvents(recentCapacity);
        foreach (var entry in await log.ReadTailAsync(labId, recentCapacity, cancellationToken))
        {
            if (entry.Seq <= committed.Seq)
            {
                recent.Add(StoredEvent.FromEntry(labId, entry));
            }
        }

        return (committed, recent);
    }
}
