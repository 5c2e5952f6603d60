using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>
/// How many practices an indicator covers in the review month (each practice open that month gets a value, is
/// suppressed, excluded or missing), and the practice-months left out by reason over the months its coverage spans.
/// </summary>
public sealed record ReviewCoverage
{
    /// <summary>The review month.</summary>
    public required Month Period { get; init; }

    /// <summary>Practices open in the review month.</summary>
    public required int Practices { get; init; }

    /// <summary>Practices with a published value.</summary>
    public required int WithValue { get; init; }

    /// <summary>Practices whose value the small-number rule hides.</summary>
    public required int Suppressed { get; init; }

    /// <summary>Practices left out by the indicator's exclusion rules.</summary>
    public required int Excluded { get; init; }

    /// <summary>Practices without a value (a dataset absent, a field blank).</summary>
    public required int Missing { get; init; }

    /// <summary>The share of practices with a published value (0–1; 0 when no practice is open).</summary>
    public double Share => Practices == 0 ? 0 : (double)WithValue / Practices;

    /// <summary>The share of practices whose value is suppressed (0–1).</summary>
    public double SuppressedShare => Practices == 0 ? 0 : (double)Suppressed / Practices;

    /// <summary>The months the reasons below are counted over: the review month (as <see cref="IndicatorReview.Of"/> evaluates), or every month of results given for all months.</summary>
    public required IReadOnlyList<Month> Months { get; init; }

    /// <summary>Practice-months open in those months.</summary>
    public required int RowsInMonths { get; init; }

    /// <summary>Practice-months left out by exclusion rules over those months, by reason, most first.</summary>
    public required IReadOnlyList<ReasonCount> ExcludedByReason { get; init; }

    /// <summary>Practice-months without a value over those months, by reason, most first.</summary>
    public required IReadOnlyList<ReasonCount> MissingByReason { get; init; }
}
