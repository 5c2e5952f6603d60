using Analysis.Cli.Bench.Workloads;
using Analysis.Indicators;

namespace Analysis.Cli.Bench;

/// <summary>Figure 1: the engine's sums against DuckDB's GROUP BY, by ICB × month and by practice × month.</summary>
internal static class EngineFigures
{
    private static readonly (string Name, Level Level)[] Levels = [("engine-icb-month", Level.Icb), ("engine-practice-month", Level.Practice)];

    public static IReadOnlyList<string> Names { get; } = [.. Levels.Select(l => l.Name)];

    public static IEnumerable<Figure> Measure(BenchScale scale, FigureFilter filter)
    {
        var wanted = Levels.Where(l => filter.Wants(l.Name)).ToList();
        if (wanted.Count == 0)
        {
            yield break;
        }

        using var workload = new EngineWorkload(scale.Practices, scale.Months);

        // The times mean nothing unless both sides compute the same sums: check the latest month first.
        foreach (var (_, level) in wanted)
        {
            if (workload.Disagreements(level, workload.Panel.Last) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"engine and DuckDB disagree at {level}: " + string.Join("; ", problems.Take(5)));
            }
        }

        foreach (var (name, level) in wanted)
        {
            var ours = Timing.MedianMs(scale, () => workload.EngineSums(level));
            var peer = Timing.MedianMs(scale, () => workload.DuckDbSums(level));
            yield return new Figure(name, ours, peer, $"{BenchIndicators.Count} indicators, {workload.Panel.Rows.Count:N0} rows, every month");
        }
    }
}
