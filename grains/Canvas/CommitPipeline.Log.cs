using Microsoft.Extensions.Logging;

namespace Laboratori.Grains.Canvas;

internal sealed partial class CommitPipeline
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Lab {LabId}: another writer appended before event {Seq}; the log fenced this activation, which reloads.")]
        public static partial void Fenced(ILogger logger, string labId, long seq);

        [LoggerMessage(2, LogLevel.Error, "Lab {LabId}: commit failed; pending operations refused and the canvas will reload.")]
        public static partial void CommitFailed(ILogger logger, Exception exception, string labId);

        [LoggerMessage(4, LogLevel.Error, "Lab {LabId}: looking up resent operations in the log failed; they are refused as unavailable.")]
        public static partial void LookUpFailed(ILogger logger, Exception exception, string labId);
    }
}
