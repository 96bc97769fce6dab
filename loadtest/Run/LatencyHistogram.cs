namespace Laboratori.LoadTest.Run;

/// <summary>
/// A lock-free latency histogram: 0.1 ms buckets below one second, 10 ms buckets up to two minutes (longer ones go in
/// the last). Quantiles at any time, cheaply, however many samples.
/// </summary>
public sealed class LatencyHistogram
{
    private const int FineBuckets = 10_000;
    private const int CoarseBuckets = 11_900;
    private readonly long[] _counts = new long[FineBuckets + CoarseBuckets];
    private long _count;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _count);

    public void Record(double milliseconds)
    {
        var index = milliseconds < 1000 ? (int)Math.Max(0, milliseconds * 10) : FineBuckets + Math.Min(CoarseBuckets - 1, (int)((milliseconds - 1000) / 10));
        Interlocked.Increment(ref _counts[index]);
        Interlocked.Increment(ref _count);
        var ticks = (long)(milliseconds * 1000);
        long seen;
        while (ticks > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, ticks, seen) != seen)
        {
        }
    }

    /// <summary>The upper edge of the bucket holding quantile <paramref name="q"/>, in milliseconds.</summary>
    public double Quantile(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(q * total);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Min(Max, i < FineBuckets ? (i + 1) / 10.0 : 1000 + ((i - FineBuckets + 1) * 10.0));
            }
        }

        return Max;
    }

    public double Max => Interlocked.Read(ref _maxTicks) / 1000.0;

    public Stats ToStats() => new((int)Math.Min(int.MaxValue, Count), Quantile(0.50), Quantile(0.95), Quantile(0.99), Max);
}
