using System.Runtime.CompilerServices;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Indicators.Engine.Columns;
using Analysis.Indicators.Engine.Evaluation;
using Analysis.Indicators.Engine.Expressions;
using Analysis.Indicators.Engine.Values;

namespace Analysis.Indicators;

/// <summary>
/// Evaluates indicator definitions over a panel: each practice-month's numerator, denominator and expected
/// count from the definitions' expressions, summed into areas at a level, then values with confidence
/// intervals, comparisons with England, ranks, quintiles, funnel limits and coverage.
/// </summary>
/// <remarks>
/// <para>
/// Periods: <see cref="Run"/> reports one month per indicator, by default the latest month in which that
/// indicator has any data (so an annual survey indicator and a monthly workforce indicator can each report
/// their latest); <see cref="RunAllMonths"/> reports every month in which the indicator has data, a time series.
/// </para>
/// <para>
/// Speed: the distinct values the expressions read (<c>p.Workforce.QualifiedGpFte</c>, <c>p.WeightedPatients</c>)
/// are extracted once per panel into columns and kept for later runs on the same panel; each batch of
/// indicators is compiled into one loop over those columns that adds into per-area sums, run month by month in
/// parallel. An engine keeps its caches for the panels it has seen; use one engine per session.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var engine = new IndicatorEngine();
/// var results = engine.Run(panel, IndicatorLibrary.Load("indicators/"), Level.Icb);
/// results.WriteCsv("icb.csv");
/// </code>
/// </example>
public sealed class IndicatorEngine
{
    private readonly ConditionalWeakTable<Panel, PanelColumns> _columns = [];
    private readonly ConditionalWeakTable<IReadOnlyList<IndicatorDefinition>, CompiledIndicators> _compiled = [];
    private readonly LeafKey _keys = new();
    private readonly ParallelOptions _parallel;
    private readonly ValueAssembler _assembler;

    /// <summary>Creates an engine with the given options (the defaults when null).</summary>
    /// <exception cref="ArgumentException">The options are not usable (see <see cref="EngineOptions.Problems"/>).</exception>
    public IndicatorEngine(EngineOptions? options = null)
    {
        Options = options ?? EngineOptions.Default;
        if (Options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        _assembler = new ValueAssembler(Options);
    }

    /// <summary>The options values are computed with.</summary>
    public EngineOptions Options { get; }

    /// <summary>Each indicator's values for one month at a level: <paramref name="period"/>, or when null the latest month in which that indicator has data.</summary>
    /// <exception cref="ArgumentException">A definition lacks what its value type needs, or two share an id.</exception>
    public IndicatorResults Run(Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Level level, Month? period = null)
    {
        var run = Prepare(panel, indicators);
        var areas = run.Columns.Areas(level);
        var programs = run.Plan.Programs.Count;
        if (period is { } month)
        {
            var offset = month.MonthsSince(run.Columns.First);
            var tallies = offset >= 0 && offset < run.Columns.Months ? run.Evaluate(areas, [offset]) : [];
            return Results(run, areas, level, [.. Enumerable.Repeat(tallies, programs)]);
        }

        return Results(run, areas, level, Latest(run, areas));
    }

    /// <summary>Each indicator's values for every month in which it has data, at a level: a time series.</summary>
    /// <exception cref="ArgumentException">A definition lacks what its value type needs, or two share an id.</exception>
    public IndicatorResults RunAllMonths(Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Level level)
    {
        var run = Prepare(panel, indicators);
        var areas = run.Columns.Areas(level);
        var tallies = run.Evaluate(areas, [.. Enumerable.Range(0, run.Columns.Months)]);
        var chosen = Enumerable.Range(0, run.Plan.Programs.Count)
            .Select(p => tallies.Where(t => t.All(p).Used > 0).ToArray())
            .ToArray();
        return Results(run, areas, level, chosen);
    }

    /// <summary>
    /// Each indicator's slope and relative index of inequality across the ten deprivation deciles, for
    /// <paramref name="period"/> or, when null, the latest month in which that indicator has data. Intervals are
    /// Monte Carlo (PHE's method) from a stream seeded with <paramref name="seed"/>, so a run repeats exactly.
    /// </summary>
    /// <exception cref="ArgumentException">A definition lacks what its value type needs, or two share an id.</exception>
    public IReadOnlyList<InequalityResult> Inequality(Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Month? period = null, int repetitions = 100_000, int seed = 1)
    {
        var deciles = Run(panel, indicators, Level.DeprivationDecile, period);
        var byIndicator = deciles.Values.ToLookup(v => v.IndicatorId, StringComparer.Ordinal);
        return
        [
            .. deciles.Indicators.Select((d, k) =>
                InequalityIndices.Of(d, deciles.Coverage[k].Periods.FirstOrDefault(panel.Last), [.. byIndicator[d.Id]], Options, repetitions, new Random(seed + k))),
        ];
    }

    /// <summary>
    /// Each indicator's raw sums (numerator, denominator, practice-months used) in every area of a level and every
    /// month, before any statistics: what a SQL <c>GROUP BY area, month</c> computes, for re-aggregating or checking.
    /// </summary>
    /// <exception cref="ArgumentException">A definition lacks what its value type needs, or two share an id.</exception>
    public IndicatorSums Sums(Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Level level)
    {
        var (run, areas, tallies) = Aggregate(panel, indicators, level);
        return new IndicatorSums(indicators, areas, run.Columns.First, tallies);
    }

    /// <summary>The sums with the engine's own bookkeeping (exclusions, missing reasons, the no-area bucket), for its tests.</summary>
    internal (PreparedRun Run, AreaColumn Areas, MonthTally[] Tallies) Aggregate(Panel panel, IReadOnlyList<IndicatorDefinition> indicators, Level level)
    {
        var run = Prepare(panel, indicators);
        var areas = run.Columns.Areas(level);
        return (run, areas, run.Evaluate(areas, [.. Enumerable.Range(0, run.Columns.Months)]));
    }

    internal PreparedRun Prepare(Panel panel, IReadOnlyList<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(indicators);
        if (indicators.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"indicator id {twice.Key} is given more than once", nameof(indicators));
        }

        var columns = _columns.GetValue(panel, p => new PanelColumns(p));
        if (!_compiled.TryGetValue(indicators, out var plan) || !plan.Programs.Select(p => p.Definition).SequenceEqual(indicators, ReferenceEqualityComparer.Instance))
        {
            plan = CompiledIndicators.Compile(indicators, _keys);
            _compiled.AddOrUpdate(indicators, plan);
        }

        return new PreparedRun(plan, columns, _parallel);
    }

    // Months are evaluated from the last backwards, a few at a time, until every indicator has found data.
    private MonthTally[][] Latest(PreparedRun run, AreaColumn areas)
    {
        var programs = run.Plan.Programs.Count;
        var chosen = new MonthTally[programs][];
        var wave = Math.Max(1, _parallel.MaxDegreeOfParallelism);
        MonthTally? last = null;
        for (var top = run.Columns.Months - 1; top >= 0 && chosen.Any(c => c is null); top -= wave)
        {
            var months = Enumerable.Range(0, Math.Min(wave, top + 1)).Select(k => top - k).ToArray();
            var tallies = run.Evaluate(areas, months);
            last ??= tallies[0];
            for (var p = 0; p < programs; p++)
            {
                chosen[p] ??= tallies.FirstOrDefault(t => t.All(p).Used > 0) is { } found ? [found] : null!;
            }
        }

        // An indicator with no data anywhere still reports the panel's last month, so its coverage says why.
        return [.. chosen.Select(c => c ?? (last is null ? [] : [last]))];
    }

    private IndicatorResults Results(PreparedRun run, AreaColumn areas, Level level, MonthTally[][] chosen)
    {
        var programs = run.Plan.Programs;
        var targets = ShortfallTargets.For(run, areas, chosen);
        var work = Enumerable.Range(0, programs.Count).SelectMany(p => chosen[p].Select((t, k) => (p, k))).ToArray();
        var built = new List<IndicatorValue>[work.Length];
        Parallel.For(0, work.Length, _parallel, w =>
        {
            var (p, k) = work[w];
            var tally = chosen[p][k];
            built[w] = _assembler.Build(programs[p], p, tally, areas, run.Columns.First.Plus(tally.Month), targets[p][k]);
        });

        return new IndicatorResults
        {
            Level = level,
            Indicators = [.. programs.Select(p => p.Definition)],
            Values = [.. built.SelectMany(b => b)],
            Coverage = [.. Enumerable.Range(0, programs.Count).Select(p => Coverage(run, areas, p, chosen[p]))],
            Options = Options,
        };
    }

    private static IndicatorCoverage Coverage(PreparedRun run, AreaColumn areas, int program, MonthTally[] tallies)
    {
        var ordered = tallies.OrderBy(t => t.Month).ToArray();
        var reasons = Enumerable.Range(0, run.Reasons.Count)
            .Select(r => (Id: r, Rows: ordered.Sum(t => t.Reason(program, r))))
            .Where(r => r.Rows > 0)
            .OrderByDescending(r => r.Rows).ThenBy(r => run.Reasons[r.Id], StringComparer.Ordinal)
            .ToList();
        return new IndicatorCoverage
        {
            IndicatorId = run.Plan.Programs[program].Definition.Id,
            Periods = [.. ordered.Select(t => run.Columns.First.Plus(t.Month))],
            RowsInPeriod = ordered.Sum(t => run.Columns.MonthStart[t.Month + 1] - run.Columns.MonthStart[t.Month]),
            RowsUsed = ordered.Sum(t => t.All(program).Used),
            RowsWithoutArea = ordered.Sum(t => t.At(program, areas.Count).Used),
            Excluded = [.. reasons.Where(r => r.Id < run.Plan.ExclusionReasons).Select(r => new ReasonCount(run.Reasons[r.Id], r.Rows))],
            Missing = [.. reasons.Where(r => r.Id >= run.Plan.ExclusionReasons).Select(r => new ReasonCount(run.Reasons[r.Id], r.Rows))],
        };
    }
}
