using Analysis.Statistics;

namespace Analysis.Indicators.Review;

/// <summary>The spread of the review month's practice values.</summary>
internal static class DistributionAssessment
{
    public static ReviewDistribution Of(IReadOnlyList<IndicatorValue> month)
    {
        var values = month.Where(v => v.Value is not null).Select(v => v.Value!.Value).Order().ToArray();
        if (values.Length == 0)
        {
            return new ReviewDistribution { Count = 0, Values = [] };
        }

        var mean = values.Average();
        var sd = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : (double?)null;
        return new ReviewDistribution
        {
            Count = values.Length,
            Mean = mean,
            StandardDeviation = sd,
            Percentiles = Quantiles.Spine(values),
            Values = values,
        };
    }
}
