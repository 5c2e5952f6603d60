using Analysis.Data.Periods;
using Analysis.Statistics;

namespace Analysis.Indicators;

/// <summary>
/// One indicator's value for one area in one month: the sums it rests on, the value and its confidence
/// interval, how it compares with England, where it sits among the level's areas, and for a shortfall the
/// expected supply and the gap.
/// </summary>
/// <remarks>
/// Values are ratios of sums over the area's practice-months (never averages of practice rates), except a
/// mean, which is the mean of practice values. A suppressed value has its value, interval and small count
/// blanked (<see cref="Suppressed"/> says so).
/// </remarks>
public sealed record IndicatorValue
{
    /// <summary>The indicator.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The level the area belongs to.</summary>
    public required Level Level { get; init; }

    /// <summary>The area's code (an ODS code, a deprivation group number, or E92000001 for England).</summary>
    public required string AreaCode { get; init; }

    /// <summary>The area's name.</summary>
    public required string AreaName { get; init; }

    /// <summary>The month the value is for.</summary>
    public required Month Period { get; init; }

    /// <summary>The summed numerator (for a mean, the sum of practice values; for a shortfall, the supply).</summary>
    public double? Numerator { get; init; }

    /// <summary>The summed denominator (for a shortfall, the need).</summary>
    public double? Denominator { get; init; }

    /// <summary>The summed expected count (standardised ratio), or the supply expected at the target rate (shortfall).</summary>
    public double? Expected { get; init; }

    /// <summary>The value, times the indicator's multiplier (for a shortfall, the supply rate).</summary>
    public double? Value { get; init; }

    /// <summary>The lower confidence limit.</summary>
    public double? Lower { get; init; }

    /// <summary>The upper confidence limit.</summary>
    public double? Upper { get; init; }

    /// <summary>The England value in the same month, the benchmark.</summary>
    public double? England { get; init; }

    /// <summary>How the area compares with England: its interval against England's value, worded by the indicator's polarity.</summary>
    public BenchmarkOutcome Comparison { get; init; }

    /// <summary>True when a small count blanked the value (see <see cref="EngineOptions.SuppressBelow"/>).</summary>
    public bool Suppressed { get; init; }

    /// <summary>Practice-months that contributed (for one month, the practices).</summary>
    public int Practices { get; init; }

    /// <summary>Practice-months in the area left out by the indicator's exclusion rules.</summary>
    public int Excluded { get; init; }

    /// <summary>Practice-months in the area without a value.</summary>
    public int Missing { get; init; }

    /// <summary>Shortfall: the target rate, times the multiplier.</summary>
    public double? Target { get; init; }

    /// <summary>Shortfall: expected supply minus actual supply (positive when short).</summary>
    public double? Gap { get; init; }

    /// <summary>Shortfall: the gap as a percentage of expected supply.</summary>
    public double? GapPercent { get; init; }

    /// <summary>Rank among the level's areas this month, 1 the best (the highest where no direction is better; for a shortfall, the smallest gap %); ties share the lower rank.</summary>
    public int? Rank { get; init; }

    /// <summary>Quintile among the level's areas this month, 1 the worst end (PHE's rank rule; lowest values first where no direction is better).</summary>
    public int? Quintile { get; init; }

    /// <summary>The 95% funnel limits around the benchmark at this area's size.</summary>
    public double? FunnelLower95 { get; init; }

    /// <summary>The upper 95% funnel limit.</summary>
    public double? FunnelUpper95 { get; init; }

    /// <summary>The lower 99.8% funnel limit.</summary>
    public double? FunnelLower998 { get; init; }

    /// <summary>The upper 99.8% funnel limit.</summary>
    public double? FunnelUpper998 { get; init; }

    /// <summary>Where the value lies against the funnel limits.</summary>
    public FunnelSignal Funnel { get; init; }
}
