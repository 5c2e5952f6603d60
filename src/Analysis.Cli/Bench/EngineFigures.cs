using Analysis.Cli.Bench.Workloads;
using Analysis.Indicators;

namespace Analysis.Cli.Bench;

/// <summary>Figure 1: the engine's sums against DuckDB's GROUP BY, by ICB × month and by practice × month.</summary>
internal static class EngineFigures
{
    public static IEnumerable<Figure> Measure(BenchScale scale)
    {
        using var workload = new EngineWorkload(scale.Practices, scale.Months);

        // The times mean nothing unless both sides compute the same sums: check the latest month first.
        foreach (var level in new[] { Level.Icb, Level.Practice })
        {
            if (workload.Disagreements(level, workload.Panel.Last) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"engine and DuckDB disagree at {level}: " + string.Join("; ", problems.Take(5)));
            }
        }

        foreach (var (name, level) in new[] { ("engine-icb-month", Level.Icb), ("engine-practice-month", Level.Practice) })
        {
            var ours = Timing.MedianMs(scale, () => workload.EngineSums(level));
            var peer = Timing.MedianMs(scale, () => workload.DuckDbSums(level));
            yield return new Figure(name, ours, peer, $"{BenchIndicators.Count} indicators, {workload.Panel.Rows.Count:N0} rows, every month");
        }
    }
}
