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

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
