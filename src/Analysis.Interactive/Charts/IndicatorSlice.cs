using Analysis.Data.Periods;

namespace Analysis.Interactive;

/// <summary>One indicator's values in one month, picked out of a run's results, with the benchmark they are compared with.</summary>
internal sealed record IndicatorSlice(IndicatorDefinition Definition, Month? Period, IReadOnlyList<IndicatorValue> Values, IndicatorResults Results)
{
    /// <summary>The indicator's values for <paramref name="period"/>, or for the latest month the results hold for it.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static IndicatorSlice Of(IndicatorResults results, string indicatorId, Month? period)
    {
        var d = Find(results, indicatorId);
        var all = results.Values.Where(v => string.Equals(v.IndicatorId, d.Id, StringComparison.Ordinal)).ToList();
        var month = period ?? (all.Count == 0 ? null : all.Max(v => v.Period));
        return new IndicatorSlice(d, month, [.. all.Where(v => v.Period == month)], results);
    }

    /// <summary>The indicator's definition in the results.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static IndicatorDefinition Find(IndicatorResults results, string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(indicatorId);
        return results.Indicators.FirstOrDefault(d => string.Equals(d.Id, indicatorId, StringComparison.Ordinal))
            ?? throw new ArgumentException(
                $"indicator {indicatorId} is not in these results; they hold {string.Join(", ", results.Indicators.Select(d => d.Id))}",
                nameof(indicatorId));
    }

    public bool IsShortfall => Definition.ValueType == IndicatorValueType.Shortfall;

    /// <summary>The line areas are compared with: the target for a shortfall, else England's value.</summary>
    public double? Benchmark => IsShortfall
        ? Values.Select(v => v.Target).FirstOrDefault(t => t is not null)
        : Values.Select(v => v.England).FirstOrDefault(e => e is not null);

    public string BenchmarkName => IsShortfall ? "Target" : "England";

    /// <summary>
    /// Whether a higher value is the good direction: for a shortfall the value is the supply rate, so higher is
    /// better even though its gap is lower-is-better; null where no direction is better.
    /// </summary>
    public bool? HigherIsBetter => IsShortfall ? true : Definition.Polarity switch
    {
        Polarity.HigherIsBetter => true,
        Polarity.LowerIsBetter => false,
        _ => null,
    };

    /// <summary>The funnel's size of a value: its expected count for a standardised ratio, else its denominator.</summary>
    public double? Size(IndicatorValue v) =>
        Definition.ValueType == IndicatorValueType.IndirectlyStandardisedRatio ? v.Expected : v.Denominator;

    /// <summary>"A81001 The Densham Surgery".</summary>
    public static string AreaLabel(IndicatorValue v) =>
        string.Equals(v.AreaCode, v.AreaName, StringComparison.Ordinal) || v.AreaName.Length == 0 ? v.AreaCode : v.AreaCode + " " + v.AreaName;
}
