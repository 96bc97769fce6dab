using System.Globalization;

namespace Laboratori.LoadTest.Latency;

/// <summary>Percentiles of a sample of latencies in milliseconds (nearest rank).</summary>
public static class LatencyStats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(string name, IEnumerable<double> sample, int expected)
    {
        var sorted = sample.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: count {sorted.Count}/{expected}, median {Percentile(sorted, 0.5):F2} ms, p95 {Percentile(sorted, 0.95):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, max {(sorted.Count == 0 ? double.NaN : sorted[^1]):F2} ms");
    }
}
