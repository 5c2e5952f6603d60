using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>Counts the review month's practices by what became of them, and the reasons over the months reviewed.</summary>
internal static class CoverageAssessment
{
    public static ReviewCoverage Of(IReadOnlyList<IndicatorValue> month, IndicatorCoverage coverage, Month period, int practicesOpen)
    {
        // At practice level each practice is one row a month, so it is exactly one of used, excluded or missing.
        var used = month.Where(v => v.Practices > 0).ToList();
        return new ReviewCoverage
        {
            Period = period,
            Practices = Math.Max(month.Count, practicesOpen),
            WithValue = used.Count(v => v.Value is not null),
            Suppressed = used.Count(v => v.Suppressed),
            Excluded = month.Count(v => v.Practices == 0 && v.Excluded > 0),
            // A practice open in the month but with no row at all (a candidate with no data anywhere) counts as missing.
            Missing = month.Count(v => v.Practices == 0 && v.Excluded == 0) + used.Count(v => v.Value is null && !v.Suppressed)
                + Math.Max(0, practicesOpen - month.Count),
            Months = coverage.Periods,
            RowsInMonths = coverage.RowsInPeriod,
            ExcludedByReason = coverage.Excluded,
            MissingByReason = coverage.Missing,
        };
    }
}
