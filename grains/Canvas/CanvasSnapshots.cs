using Laboratori.Grains.Canvas.Model;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace Laboratori.Grains.Canvas;

/// <summary>Writes a snapshot of the committed canvas every <c>interval</c> events, so replay and reload fold few events.</summary>
internal sealed partial class CanvasSnapshots(IEventLog log, string labId, int interval, long lastSeq, ILogger logger)
{
    private long _lastSeq = lastSeq;

    public async Task SaveIfDueAsync(CanvasState committed)
    {
        if (committed.Seq - _lastSeq < interval)
        {
            return;
        }

        _lastSeq = committed.Seq;
        try
        {
            await log.SaveSnapshotAsync(labId, new LogSnapshot(committed.Seq, CanvasFold.Serialize(committed)));
        }
        catch (Exception ex)
        {
            // A missing snapshot only makes replay fold more events; the events themselves are safe.
            LogFailed(logger, ex, labId, committed.Seq);
        }
    }

    [LoggerMessage(3, LogLevel.Warning, "Lab {LabId}: snapshot at {Seq} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string labId, long seq);
}
