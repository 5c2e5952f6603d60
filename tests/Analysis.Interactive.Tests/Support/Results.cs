using Analysis.Data.Periods;
using Analysis.Statistics;
using Polarity = Analysis.Indicators.Polarity;

namespace Analysis.Interactive.Tests.Support;

/// <summary>Small indicator results written out by hand, so a chart's numbers can be checked exactly.</summary>
public static class Results
{
    public static readonly Month March2023 = new(2023, 3);

    /// <summary>A percentage where higher is better, England 10%.</summary>
    public static IndicatorDefinition Percentage { get; } = new()
    {
        Id = "PC01",
        Title = "Share of patients seen",
        ValueType = IndicatorValueType.Proportion,
        Multiplier = 100,
        Polarity = Polarity.HigherIsBetter,
    };

    /// <summary>A rate per 10,000 with a unit naming its denominator, where higher is better.</summary>
    public static IndicatorDefinition Rate { get; } = new()
    {
        Id = "RT01",
        Title = "GPs per 10,000 weighted patients",
        ValueType = IndicatorValueType.Rate,
        Multiplier = 10_000,
        Unit = "FTE per 10,000 weighted patients",
        Polarity = Polarity.HigherIsBetter,
    };

    public static IndicatorValue Value(IndicatorDefinition d, string code, string name, double? value, double? denominator, Month? period = null, Level level = Level.Practice) => new()
    {
        IndicatorId = d.Id,
        Level = level,
        AreaCode = code,
        AreaName = name,
        Period = period ?? March2023,
        Value = value,
        Denominator = denominator,
        Numerator = value * denominator / d.Multiplier,
        Practices = 1,
    };

    public static IndicatorResults Of(Level level, IReadOnlyList<IndicatorDefinition> indicators, IEnumerable<IndicatorValue> values, EngineOptions? options = null) => new()
    {
        Level = level,
        Indicators = indicators,
        Values = [.. values],
        Coverage = [],
        Options = options ?? EngineOptions.Default,
    };

    /// <summary>
    /// Four practices on the percentage, England 10%: two inside the limits, one above the 99.8% limit, one below the
    /// 95% limit; with funnel limits, intervals and comparisons filled in as the engine would.
    /// </summary>
    public static IndicatorResults FourPractices()
    {
        var d = Percentage;
        IndicatorValue Practice(string code, string name, double x, double n, FunnelSignal signal, BenchmarkOutcome outcome)
        {
            var wilson = Proportion.Wilson(x, n, 0.95, 100);
            var limits = Funnel.ProportionLimits(0.10, n, 100);
            return Value(d, code, name, x / n * 100, n) with
            {
                Numerator = x,
                Lower = wilson.Lower,
                Upper = wilson.Upper,
                England = 10,
                Comparison = outcome,
                FunnelLower95 = limits.Lower95,
                FunnelUpper95 = limits.Upper95,
                FunnelLower998 = limits.Lower998,
                FunnelUpper998 = limits.Upper998,
                Funnel = signal,
            };
        }

        return Of(Level.Practice, [d],
        [
            Practice("A81001", "The Densham Surgery", 10, 100, FunnelSignal.NotSignificant, BenchmarkOutcome.Similar),
            Practice("A81002", "Queens Park Medical Centre", 45, 400, FunnelSignal.NotSignificant, BenchmarkOutcome.Similar),
            Practice("A81003", "Victoria Medical Practice", 80, 400, FunnelSignal.VeryHigh, BenchmarkOutcome.Better),
            Practice("A81004", "Bank House </script> Surgery", 20, 400, FunnelSignal.Low, BenchmarkOutcome.Worse),
        ]);
    }
}
