namespace Laboratori.LoadTest;

/// <summary>Order statistics of a set of timings, in milliseconds.</summary>
public sealed record Stats(int Count, double Median, double P95, double P99, double Max)
{
    public static Stats Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new Stats(0, 0, 0, 0, 0);
        }

        var sorted = values.Order().ToArray();
        return new Stats(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    /// <summary>One line for a progress or result print: <c>name: count n/expected, median …, p95 …, p99 …, max …</c>.</summary>
    public static string Describe(string name, IReadOnlyCollection<double> sample, int expected)
    {
        var s = Of(sample);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{name}: count {s.Count}/{expected}, median {s.Median:F2} ms, p95 {s.P95:F2} ms, p99 {s.P99:F2} ms, max {s.Max:F2} ms");
    }

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
