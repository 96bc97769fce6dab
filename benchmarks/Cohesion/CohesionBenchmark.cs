using System.Diagnostics;
using System.Globalization;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Cohesion;

namespace Laboratori.Benchmarks.Cohesion;

/// <summary>
/// <c>cohesion</c>: computing every cohesion measure and the network of a lab of N events (default 20,000), from its
/// events, beside the time to fold the same events into the canvas alone (the same-run baseline). Median and p99.
/// </summary>
public static class CohesionBenchmark
{
    public static int Run(int count, int runs)
    {
        var events = SyntheticLab.Build(count);
        Console.WriteLine($"{events.Count} events, {runs} runs each (after 3 warm-up runs).");
        var fold = Time(runs, () => CanvasFold.Fold(null, events));
        CohesionReport? report = null;
        var measures = Time(runs, () =>
        {
            var log = CohesionFold.Fold(null, events);
            report = CohesionMeasures.Compute(new CohesionInput("lab-bench", log, 40));
            return CohesionNetwork.Build(log);
        });
        var log = CohesionFold.Fold(null, events);
        var computeOnly = Time(runs, () => CohesionMeasures.Compute(new CohesionInput("lab-bench", log, 40)));

        Console.WriteLine($"fold of the canvas alone:          median {fold.Median,8:F1} ms   p99 {fold.P99,8:F1} ms");
        Console.WriteLine($"every measure + network, from 0:   median {measures.Median,8:F1} ms   p99 {measures.P99,8:F1} ms   ({measures.Median / fold.Median:F2}× the fold)");
        Console.WriteLine($"measures from a folded log:        median {computeOnly.Median,8:F1} ms   p99 {computeOnly.P99,8:F1} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"figures: {report!.Interactions} interactions, {report.InteractivePeople} people and {report.InteractiveEnti} enti interacting, {report.Meetings.Length} incontri, cross-sector {report.CrossSectorShare:P0}"));
        return 0;
    }

    private static (double Median, double P99) Time<T>(int runs, Func<T> work)
    {
        for (var i = 0; i < 3; i++)
        {
            GC.KeepAlive(work());
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(work());
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[runs / 2], times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.99) - 1)]);
    }
}
