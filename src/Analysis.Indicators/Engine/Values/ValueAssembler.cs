using Analysis.Data.Periods;
using Analysis.Indicators.Engine.Columns;
using Analysis.Indicators.Engine.Evaluation;
using Analysis.Statistics;
using StatsPolarity = Analysis.Statistics.Polarity;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// Turns one indicator's tally for one month into values: each area's estimate from its sums, small numbers
/// suppressed, the comparison with England (all practice-months, including those with no area at the level),
/// shortfall expected supply and gap, then ranks, quintiles and funnel limits among the level's areas.
/// </summary>
internal sealed class ValueAssembler(EngineOptions options)
{
    public List<IndicatorValue> Build(IndicatorProgram program, int index, MonthTally tally, AreaColumn areas, Month period, double? targetRate)
    {
        var d = program.Definition;
        var englandTotals = tally.All(index);
        var england = Estimates.Of(d, englandTotals, options);
        var values = new List<IndicatorValue>();
        var sums = new List<AreaTotals>();
        for (var b = 0; b < areas.Count; b++)
        {
            var totals = tally.At(index, b);
            if (totals.Used + totals.Excluded + totals.Missing == 0)
            {
                continue;
            }

            values.Add(Value(program, totals, areas, b, period, england, targetRate));
            sums.Add(totals);
        }

        if (areas.Level != Level.England)
        {
            Ranking.Apply(d, values);
            Funnels.Apply(d, values, sums, Centre(d, englandTotals, targetRate), options);
        }

        return values;
    }

    private IndicatorValue Value(IndicatorProgram program, AreaTotals totals, AreaColumn areas, int bucket, Month period, Estimate england, double? targetRate)
    {
        var d = program.Definition;
        var estimate = Estimates.Of(d, totals, options);
        var suppressed = totals.Used > 0 && Suppress(program, totals);
        var value = new IndicatorValue
        {
            IndicatorId = d.Id,
            Level = areas.Level,
            AreaCode = areas.Codes[bucket],
            AreaName = areas.Names[bucket],
            Period = period,
            Numerator = totals.Used == 0 || (suppressed && program.NumeratorIsCount) ? null : totals.Numerator,
            Denominator = totals.Used == 0 || program.Denominator is null || (suppressed && program.DenominatorIsCount && totals.Denominator < options.SuppressBelow)
                ? null : totals.Denominator,
            Expected = d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio && totals.Used > 0 ? totals.Third : null,
            England = Finite(england.Value),
            Suppressed = suppressed,
            Practices = totals.Used,
            Excluded = totals.Excluded,
            Missing = totals.Missing,
        };

        if (suppressed)
        {
            return value;
        }

        value = value with
        {
            Value = Finite(estimate.Value),
            Lower = Finite(estimate.Lower),
            Upper = Finite(estimate.Upper),
            // A shortfall's value is the area's supply rate: more than England's is better, although the script's
            // polarity (lower is better) speaks of the gap.
            Comparison = areas.Level == Level.England ? BenchmarkOutcome.NotCompared
                : Benchmark.Compare(estimate, england.Value, d.ValueType == IndicatorValueType.Shortfall ? StatsPolarity.HighIsGood : Polarity(d.Polarity)),
        };

        if (d.ValueType == IndicatorValueType.Shortfall && targetRate is { } rate && totals.Used > 0)
        {
            var expected = totals.Denominator * rate;
            var gap = expected - totals.Numerator;
            value = value with
            {
                Target = Finite(rate * d.Multiplier),
                Expected = Finite(expected),
                Gap = Finite(gap),
                GapPercent = expected > 0 ? Finite(gap / expected * 100) : null,
            };
        }

        return value;
    }

    /// <summary>The funnel's centre before the multiplier: England's Σx/Σn, 1 for a standardised ratio, the target for a shortfall.</summary>
    private static double? Centre(IndicatorDefinition d, AreaTotals england, double? targetRate) => d.ValueType switch
    {
        IndicatorValueType.IndirectlyStandardisedRatio => 1.0,
        IndicatorValueType.Shortfall => targetRate,
        _ when england.Used > 0 && england.Denominator > 0 => england.Numerator / england.Denominator,
        _ => null,
    };

    private bool Suppress(IndicatorProgram program, AreaTotals totals)
    {
        var below = options.SuppressBelow;
        if (below <= 0 || program.IsMean)
        {
            return false;
        }

        return ((program.NumeratorIsCount || options.SuppressMeasures) && totals.Numerator < below)
            || (program.DenominatorIsCount && totals.Denominator < below);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static StatsPolarity Polarity(Polarity polarity) => polarity switch
    {
        Indicators.Polarity.HigherIsBetter => StatsPolarity.HighIsGood,
        Indicators.Polarity.LowerIsBetter => StatsPolarity.LowIsGood,
        Indicators.Polarity.NoJudgement => StatsPolarity.NoJudgement,
        _ => StatsPolarity.NotApplicable,
    };
}
