using Analysis.Indicators.Engine.Evaluation;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// The target rate (supply per unit of need) each shortfall is measured against in each month: England's
/// Σ supply / Σ need, a fixed rate, or a percentile of practice rates (practices with need, unweighted,
/// interpolated between order statistics as Excel's PERCENTILE.INC and R's type 7 do).
/// </summary>
internal static class ShortfallTargets
{
    public static double?[][] For(PreparedRun run, Columns.AreaColumn areas, MonthTally[][] chosen)
    {
        var programs = run.Plan.Programs;
        var targets = new double?[programs.Count][];
        var percentileMonths = Enumerable.Range(0, programs.Count)
            .Where(p => programs[p].Definition.Target is PercentileTarget)
            .SelectMany(p => chosen[p].Select(t => t.Month))
            .Distinct()
            .ToArray();
        var practices = run.Columns.Areas(Level.Practice);
        var practiceTallies = percentileMonths.Length == 0 ? []
            : areas.Level == Level.Practice ? chosen.SelectMany(c => c).DistinctBy(t => t.Month).ToDictionary(t => t.Month)
            : run.Evaluate(practices, percentileMonths).ToDictionary(t => t.Month);

        for (var p = 0; p < programs.Count; p++)
        {
            var index = p;
            targets[p] = [.. chosen[p].Select(t => programs[index].Definition.Target switch
            {
                EnglandRateTarget => t.All(index) is { Denominator: > 0 } england ? england.Numerator / england.Denominator : (double?)null,
                FixedRateTarget fixedRate => fixedRate.Value / fixedRate.Per,
                PercentileTarget percentile => Percentile(PracticeRates(practiceTallies[t.Month], index, practices.Count), percentile.Percentile / 100),
                _ => null,
            })];
        }

        return targets;
    }

    private static double[] PracticeRates(MonthTally tally, int program, int practices)
    {
        var rates = new List<double>(practices);
        for (var b = 0; b < practices; b++)
        {
            if (tally.At(program, b) is { Used: > 0, Denominator: > 0 } t)
            {
                rates.Add(t.Numerator / t.Denominator);
            }
        }

        rates.Sort();
        return [.. rates];
    }

    private static double? Percentile(double[] sorted, double fraction)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        var h = (sorted.Length - 1) * Math.Clamp(fraction, 0, 1);
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }
}
