namespace Laboratori.Web.Hubs;

/// <summary>
/// How many unexpected failures get a full log entry (with the stack trace) per minute; the rest are only counted, and
/// the count goes out with the next entry. A flood of bad calls then costs a few log lines, not megabytes.
/// </summary>
public sealed class ErrorLogBudget(TimeProvider time, int perMinute = 10)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _logged;
    private int _suppressed;

    /// <summary>True if this failure may be logged; then <paramref name="suppressed"/> says how many were not since the last one.</summary>
    public bool TryTake(out int suppressed)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= TimeSpan.FromMinutes(1))
            {
                _windowStart = now;
                _logged = 0;
            }

            if (_logged >= perMinute)
            {
                _suppressed++;
                suppressed = 0;
                return false;
            }

            _logged++;
            suppressed = _suppressed;
            _suppressed = 0;
            return true;
        }
    }
}
