using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using Analysis.Cli.Bench.Workloads;
using Analysis.Data.Panels;
using Analysis.Indicators;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

/// <summary>
/// Figure 1 of <c>analysis bench</c> under BenchmarkDotNet: the engine against DuckDB (in the same process) on the
/// same sums, 50 indicators over 7,000 practices × 120 months, by ICB × month and by practice × month. The workload
/// (data, indicators, DuckDB table and query) is <see cref="EngineWorkload"/>, shared with the CLI.
/// </summary>
/// <remarks>
/// The baseline is the DuckDB query alone (table already loaded), against the engine with its columns already
/// extracted and its loops compiled: both then only sum. The cold case adds the engine's column extraction and
/// compilation; per-row delegates are the approach the engine replaces.
/// <c>dotnet run -c Release --project benchmarks/Analysis.Benchmarks -- --filter '*EngineVsDuckDb*'</c>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EngineVsDuckDbBenchmarks
{
    private EngineWorkload _workload = null!;
    private (Func<PanelRow, decimal?> Numerator, Func<PanelRow, decimal?> Denominator)[] _delegates = null!;
    private int[] _buckets = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new EngineWorkload(7_000, 120);
        foreach (var level in new[] { Level.Icb, Level.Practice })
        {
            if (_workload.Disagreements(level, _workload.Panel.Last) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"engine and DuckDB disagree at {level}: " + string.Join("; ", problems.Take(5)));
            }
        }

        _workload.EngineSums(Level.Icb);
        _delegates = [.. _workload.Indicators.Select(d => (RowDelegate(d.Numerator!), RowDelegate(d.Denominator!)))];
        var icbs = _workload.IcbCodes.ToList();
        var months = _workload.Panel.Last.MonthsSince(_workload.Panel.First) + 1;
        _buckets = [.. _workload.Panel.Rows.Select(r => ((r.Geography.Icb?.Code is { } code ? icbs.IndexOf(code) : icbs.Count) * months) + r.Month.MonthsSince(_workload.Panel.First))];
        Console.WriteLine(ColdPhases());
    }

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark(Baseline = true, Description = "DuckDB GROUP BY icb, month (table loaded)")]
    public double DuckDb_icb() => _workload.DuckDbSums(Level.Icb);

    [Benchmark(Description = "Engine sums by ICB × month (columns extracted, loops compiled)")]
    public IndicatorSums Engine_icb() => _workload.EngineSums(Level.Icb);

    [Benchmark(Description = "DuckDB GROUP BY practice, month (table loaded)")]
    public double DuckDb_practice() => _workload.DuckDbSums(Level.Practice);

    [Benchmark(Description = "Engine sums by practice × month")]
    public IndicatorSums Engine_practice() => _workload.EngineSums(Level.Practice);

    [Benchmark(Description = "Engine extract columns, compile, sums by ICB")]
    public int Engine_cold() => new IndicatorEngine().Sums(_workload.Panel, _workload.Indicators, Level.Icb).Months;

    [Benchmark(Description = "Per-row delegates, one per indicator part (the approach the engine replaces)")]
    public double Per_row_delegates()
    {
        // Each indicator's numerator and denominator compiled null-safe to a Func<PanelRow, decimal?>, called row by
        // row (one thread), into ICB × month buckets worked out beforehand as the engine's are.
        var sums = new double[_delegates.Length, _buckets.Max() + 1, 2];
        var rows = _workload.Panel.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var k = 0; k < _delegates.Length; k++)
            {
                if (_delegates[k].Numerator(rows[i]) is { } n && _delegates[k].Denominator(rows[i]) is { } d)
                {
                    sums[k, _buckets[i], 0] += (double)n;
                    sums[k, _buckets[i], 1] += (double)d;
                }
            }
        }

        return sums[0, 0, 0];
    }

    [Benchmark(Description = "Engine full time series with statistics")]
    public int Engine_run_all_months() => _workload.Engine.RunAllMonths(_workload.Panel, _workload.Indicators, Level.Icb).Values.Count;

    /// <summary>Where the engine's cold time goes: laying out rows, areas, compiling the loops, extracting columns, summing.</summary>
    private string ColdPhases()
    {
        var watch = Stopwatch.StartNew();
        double Lap()
        {
            var ms = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            return ms;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var columns = new Analysis.Indicators.Engine.Columns.PanelColumns(_workload.Panel);
        var layout = Lap();
        var areas = columns.Areas(Level.Icb);
        var areaTime = Lap();
        var plan = Analysis.Indicators.Engine.Evaluation.CompiledIndicators.Compile(_workload.Indicators, new Analysis.Indicators.Engine.Expressions.LeafKey());
        var compile = Lap();
        columns.Leaves(plan.Leaves, parallel);
        var extract = Lap();
        var run = new Analysis.Indicators.Engine.Evaluation.PreparedRun(plan, columns, parallel);
        run.Evaluate(areas, [.. Enumerable.Range(0, columns.Months)]);
        var sums = Lap();
        return string.Create(CultureInfo.InvariantCulture, $"// engine cold phases: row layout {layout:0} ms, ICB areas {areaTime:0} ms, compile {plan.Batches.Count} loops {compile:0} ms, extract {plan.Leaves.Count} columns {extract:0} ms, sums {sums:0} ms");
    }

    private static Func<PanelRow, decimal?> RowDelegate(Expression<Func<PanelRow, decimal?>> expression)
    {
        var reason = Expression.Variable(typeof(int), "reason");
        var body = Analysis.Indicators.Engine.Expressions.NullSafe.Rewrite(Analysis.Indicators.Engine.Expressions.RowExpression.Body(expression), reason, _ => 1);
        var block = Expression.Block(typeof(decimal?), [reason], Expression.Assign(reason, Expression.Constant(0)), Analysis.Indicators.Engine.Expressions.NullSafe.As(body, typeof(decimal?)));
        return Expression.Lambda<Func<PanelRow, decimal?>>(block, Analysis.Indicators.Engine.Expressions.RowExpression.Row).Compile();
    }
}
