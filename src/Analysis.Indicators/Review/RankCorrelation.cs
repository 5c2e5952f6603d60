using Analysis.Statistics;

namespace Analysis.Indicators.Review;

/// <summary>Spearman's rank correlation: Pearson's correlation of the average ranks (ties share their mean rank).</summary>
internal static class RankCorrelation
{
    /// <summary>ρ over the pairs given, or null with fewer than <paramref name="minimum"/> pairs or when either side has no spread.</summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y, int minimum = ReviewThresholds.MinimumPractices)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException(FormattableString.Invariant($"Expected one y per x ({x.Count} and {y.Count})."), nameof(y));
        }

        if (x.Count < Math.Max(minimum, 3))
        {
            return null;
        }

        var rx = Ranks.Average(x);
        var ry = Ranks.Average(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Count; i++)
        {
            var dx = rx[i] - mx;
            var dy = ry[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx > 0 && syy > 0 ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0) : null;
    }
}
