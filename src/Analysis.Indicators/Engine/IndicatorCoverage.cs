using Analysis.Data.Periods;

namespace Analysis.Indicators;

/// <summary>
/// What an indicator's values rest on: the practice-months in its period(s), how many were used, and how many
/// were excluded by its rules or missing a value, by reason.
/// </summary>
/// <remarks>Every practice-month in the period is used, excluded or missing: <c>RowsUsed + Σ Excluded + Σ Missing = RowsInPeriod</c>.</remarks>
public sealed record IndicatorCoverage
{
    /// <summary>The indicator.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The months the values are for (one, unless a time series was asked for).</summary>
    public required IReadOnlyList<Month> Periods { get; init; }

    /// <summary>Practice-months open in those months.</summary>
    public required int RowsInPeriod { get; init; }

    /// <summary>Practice-months that contributed a value.</summary>
    public required int RowsUsed { get; init; }

    /// <summary>Used practice-months not placed in any area at the level (counted in England, shown in no area).</summary>
    public required int RowsWithoutArea { get; init; }

    /// <summary>Practice-months left out by the indicator's exclusion rules, by reason, most first.</summary>
    public required IReadOnlyList<ReasonCount> Excluded { get; init; }

    /// <summary>Practice-months without a value (a dataset absent, a value blank), by reason, most first.</summary>
    public required IReadOnlyList<ReasonCount> Missing { get; init; }
}
