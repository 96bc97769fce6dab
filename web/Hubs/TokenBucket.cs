namespace Laboratori.Web.Hubs;

/// <summary>A token bucket: <paramref name="burst"/> at once, refilled at <paramref name="perSecond"/>. One per connection, so not thread-safe by design (a hub serves one invocation per connection at a time).</summary>
public sealed class TokenBucket(double perSecond, int burst, TimeProvider time)
{
    private double _tokens = burst;
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
        _last = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }
}
