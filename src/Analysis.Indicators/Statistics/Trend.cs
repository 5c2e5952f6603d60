namespace Analysis.Statistics;

/// <summary>Fingertips' recent-trend test over the five most recent single-year points of a proportion or crude rate.</summary>
/// <remarks>
/// METHODS.md §11 (FT-open <c>TrendMarkerCalculator</c>, <c>TrendRequest</c>). Points count back from the most
/// recent until one is missing; five are needed. Generally: weights 1/SE² with SE = (U95 − L95)/3.92, weighted
/// regression of value on time 1..5, χ² = (slope/SE)². Proportions compared by SPC use the chi-square test for
/// trend in proportions, N(N·Σx·t − X·Σn·t)² / (X(N − X)(N·Σn·t² − (Σn·t)²)), and the slope of their logits.
/// Significant when χ² &gt; 9.5495 (1 df, 99.8%) and the slope keeps its sign as each point is dropped in turn.
/// Deviations: FT-open never sets the direction for the SPC path (it always reads "decreasing"); here the logit
/// slope gives it; and a count of 0 cannot be calculated on that path, since its logit is undefined.
/// </remarks>
public static class Trend
{
    /// <summary>The number of recent points the test uses.</summary>
    public const int Points = 5;

    /// <summary>χ² with 1 degree of freedom at 99.8%, as FT-open stores it.</summary>
    public const double Critical = 9.54953570608324;

    /// <summary>The recent-trend marker of a series ordered oldest first.</summary>
    /// <param name="points">Single-year points, oldest first.</param>
    /// <param name="spcForProportions">Use the chi-square test for trend in proportions (comparator method "SPC for proportions").</param>
    public static TrendResult Recent(IReadOnlyList<TrendPoint> points, bool spcForProportions = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        var run = new List<TrendPoint>();
        for (var i = points.Count - 1; i >= 0 && IsValid(points[i]); i--)
        {
            run.Add(points[i]);
        }

        if (run.Count < Points || run.Exists(p => p.Count == p.Denominator))
        {
            return new TrendResult(TrendMarker.CannotBeCalculated, 0.0, false);
        }

        var recent = (spcForProportions ? run : run.Where(HasInterval).ToList()).Take(Points).Reverse().ToArray();
        if (recent.Length < Points || (spcForProportions && recent.Any(p => p.Count == 0)))
        {
            return new TrendResult(TrendMarker.CannotBeCalculated, 0.0, false);
        }

        var (chiSquare, slopes) = spcForProportions ? Proportions(recent) : Weighted(recent);
        var steady = Math.Abs(slopes.Sum(s => s < 0 ? -1 : 1)) == slopes.Length;
        var significant = steady && chiSquare > Critical;
        var marker = !significant ? TrendMarker.NoChange : slopes[0] > 0 ? TrendMarker.Increasing : TrendMarker.Decreasing;
        return new TrendResult(marker, chiSquare, significant);
    }

    /// <summary>χ² and the slopes with all points and with each point left out in turn (all points first).</summary>
    private static (double ChiSquare, double[] Slopes) Weighted(TrendPoint[] points)
    {
        var slopes = new double[Points + 1];
        var chiSquare = 0.0;
        for (var leftOut = 0; leftOut <= Points; leftOut++)
        {
            double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
            for (var t = 1; t <= Points; t++)
            {
                if (t == leftOut)
                {
                    continue;
                }

                var se = (points[t - 1].Upper95 - points[t - 1].Lower95) / 3.92;
                var w = 1.0 / (se * se);
                s1 += w;
                s2 += w * points[t - 1].Value * t;
                s3 += w * t;
                s4 += w * points[t - 1].Value;
                s5 += w * t * t;
            }

            var determinant = (s1 * s5) - (s3 * s3);
            slopes[leftOut] = ((s1 * s2) - (s3 * s4)) / determinant;
            if (leftOut == 0)
            {
                var slopeError = Math.Sqrt(s1 / determinant);
                chiSquare = Math.Pow(slopes[0] / slopeError, 2);
            }
        }

        return (chiSquare, slopes);
    }

    private static (double ChiSquare, double[] Slopes) Proportions(TrendPoint[] points)
    {
        double n = 0, xt = 0, x = 0, nt = 0, nt2 = 0;
        for (var t = 1; t <= Points; t++)
        {
            var p = points[t - 1];
            n += p.Denominator;
            xt += p.Count * t;
            x += p.Count;
            nt += p.Denominator * t;
            nt2 += p.Denominator * t * t;
        }

        var chiSquare = n * Math.Pow((n * xt) - (x * nt), 2) / (x * (n - x) * ((n * nt2) - (nt * nt)));
        var logits = points.Select(p => Math.Log(p.Count / (p.Denominator - p.Count))).ToArray();
        var slopes = new double[Points + 1];
        for (var leftOut = 0; leftOut <= Points; leftOut++)
        {
            double m = 0, sumY = 0, sumYt = 0, sumT = 0, sumT2 = 0;
            for (var t = 1; t <= Points; t++)
            {
                if (t == leftOut)
                {
                    continue;
                }

                m++;
                sumY += logits[t - 1];
                sumYt += logits[t - 1] * t;
                sumT += t;
                sumT2 += t * t;
            }

            slopes[leftOut] = ((m * sumYt) - (sumY * sumT)) / ((m * sumT2) - (sumT * sumT));
        }

        return (chiSquare, slopes);
    }

    private static bool IsValid(TrendPoint point) =>
        !double.IsNaN(point.Value) && !double.IsNaN(point.Count) && point.Count >= 0
        && !double.IsNaN(point.Denominator) && point.Denominator > 0;

    private static bool HasInterval(TrendPoint point) =>
        !double.IsNaN(point.Lower95) && !double.IsNaN(point.Upper95) && point.Upper95 > point.Lower95;
}
