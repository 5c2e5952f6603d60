using System.Diagnostics;

namespace Analysis.Cli.Bench;

/// <summary>Wall-clock medians: a few untimed warm-up runs (JIT, caches), then the median of the timed runs.</summary>
internal static class Timing
{
    public static double MedianMs(BenchScale scale, Func<object?> action) => MedianMs(scale.Warmups, scale.Runs, action);

    public static double MedianMs(int warmups, int runs, Func<object?> action)
    {
        for (var i = 0; i < warmups; i++)
        {
            GC.KeepAlive(action());
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            // Each run starts from a collected heap so one run's garbage is not charged to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return Median(times);
    }

    public static double Median(IReadOnlyList<double> times)
    {
        var sorted = times.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
