using System.Globalization;

namespace Analysis.Statistics;

/// <summary>Percentiles, quantile groups (deciles, quintiles) and spine-chart summaries under each anchor's convention.</summary>
/// <remarks>
/// METHODS.md §9. Three conventions exist and an indicator must name one: PHE-IM <c>phe_quantile</c> (rank
/// formula, ties share the lower rank), equal-count tiles (<c>dplyr::ntile</c>, SQL <c>NTILE</c>; ties by
/// position) and Fingertips' legacy percentile bounds (R type 7 / Excel PERCENTILE.INC, rounded to 10 dp).
/// Missing (NaN) values are left out and get no group.
/// </remarks>
public static class Quantiles
{
    /// <summary>The percentile at <paramref name="fraction"/> (0–1) by R's type 7: h = (k − 1)f + 1 with linear interpolation.</summary>
    /// <returns>The percentile, or NaN when there are no values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside 0–1.</exception>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = Sorted(values);
        ValidateFraction(fraction);
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        // R: index = 1 + (k − 1)p, then (1 − h)·x[lo] + h·x[hi].
        var index = (sorted.Length - 1) * fraction;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var h = index - lo;
        return h == 0.0 || sorted[hi] == sorted[lo] ? sorted[lo] : ((1.0 - h) * sorted[lo]) + (h * sorted[hi]);
    }

    /// <summary>
    /// Fingertips' legacy percentile (FT-open <c>ValueCategoriesCalculator</c>): type 7 computed as
    /// x[k] + d·(x[k+1] − x[k]), exactly the minimum or maximum at the ends, rounded to 10 dp otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside 0–1.</exception>
    public static double FingertipsPercentile(IEnumerable<double> values, double fraction) =>
        SortedFingertipsPercentile(Sorted(values), fraction);

    /// <summary>
    /// PHE-IM <c>phe_quantile</c>: quantile = ⌊(q + 1) − ⌈(k + 1 − rank)/(k/q)⌉⌋ with ties at their lowest rank,
    /// 0 becoming 1. With <paramref name="invert"/> quantile 1 holds the highest values (PHE maps "Low is good"
    /// to invert, so quantile 1 is the worst end).
    /// </summary>
    /// <returns>One quantile per value (null for missing values, and for all when fewer than q values are known).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one quantile is asked for.</exception>
    public static IReadOnlyList<int?> PheQuantiles(IReadOnlyList<double> values, int quantiles = 10, bool invert = true)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantiles, 1);
        var known = values.Count(v => !double.IsNaN(v));
        var result = new int?[values.Count];
        if (known < quantiles)
        {
            return result;
        }

        // PHE-IM inverts through max − value, which ranks exactly as −value would except for rounding ties.
        var max = values.Where(v => !double.IsNaN(v)).Max();
        var ranks = Ranks.Minimum(invert ? values.Select(v => max - v).ToArray() : values);
        var perQuantile = (double)known / quantiles;
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            var quantile = Math.Floor((quantiles + 1) - Math.Ceiling((known + 1 - ranks[i]) / perQuantile));
            result[i] = quantile == 0 ? 1 : (int)quantile;
        }

        return result;
    }

    /// <summary>
    /// Equal-count tiles (<c>dplyr::ntile</c>, SQL <c>NTILE(n) OVER (ORDER BY value)</c>): ascending order, ties
    /// by position, group sizes differing by at most one with the larger groups first. HEEC's practice IMD
    /// quintiles are <c>EqualCountTiles(scores, 5)</c>, so tile 5 is the most deprived.
    /// </summary>
    /// <returns>One tile (1 = lowest values) per value; null for missing values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one tile is asked for.</exception>
    public static IReadOnlyList<int?> EqualCountTiles(IReadOnlyList<double> values, int tiles)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(tiles, 1);
        var positions = Ranks.ByPosition(values);
        var known = values.Count(v => !double.IsNaN(v));
        var larger = known % tiles;
        var largerSize = (known + tiles - 1) / tiles;
        var smallerSize = known / tiles;
        var threshold = largerSize * larger;
        var result = new int?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsNaN(positions[i]))
            {
                continue;
            }

            var position = (int)positions[i];
            result[i] = position <= threshold
                ? (position + largerSize - 1) / largerSize
                : ((position - threshold + smallerSize - 1) / smallerSize) + larger;
        }

        return result;
    }

    /// <summary>
    /// Fingertips' quintile bounds: minimum, P20, P40, P60, P80, maximum by <see cref="FingertipsPercentile"/>.
    /// </summary>
    /// <returns>The six bounds, or none when fewer than 5 values are known (every category is then 0).</returns>
    public static IReadOnlyList<double> FingertipsQuintileBounds(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        if (sorted.Length < 5)
        {
            return [];
        }

        return [sorted[0], .. Enumerable.Range(1, 4).Select(i => SortedFingertipsPercentile(sorted, 0.2 * i)), sorted[^1]];
    }

    /// <summary>
    /// The Fingertips quintile (1–5) of a value: the first category whose upper bound the value does not exceed;
    /// "High is good" reverses the order. 0 when there are no bounds, the value is missing or beyond the maximum.
    /// </summary>
    public static int FingertipsQuintile(double value, IReadOnlyList<double> bounds, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Count != 6 || double.IsNaN(value))
        {
            return 0;
        }

        for (var category = 1; category <= 5; category++)
        {
            if (value <= bounds[category])
            {
                return polarity == Polarity.HighIsGood ? 6 - category : category;
            }
        }

        return 0;
    }

    /// <summary>The spine-chart summary (min, P5, P25, median, P75, P95, max) by Fingertips' percentile rule.</summary>
    /// <returns>The summary, or null when there are 3 values or fewer (Fingertips needs more than 3).</returns>
    public static SpineStatistics? Spine(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        if (sorted.Length <= 3)
        {
            return null;
        }

        return new SpineStatistics(
            sorted[0],
            SortedFingertipsPercentile(sorted, 0.05),
            SortedFingertipsPercentile(sorted, 0.25),
            SortedFingertipsPercentile(sorted, 0.5),
            SortedFingertipsPercentile(sorted, 0.75),
            SortedFingertipsPercentile(sorted, 0.95),
            sorted[^1]);
    }

    private static double SortedFingertipsPercentile(double[] sorted, double fraction)
    {
        ValidateFraction(fraction);
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var count = sorted.Length;
        var n = ((count - 1.0) * fraction) + 1.0;
        if (n == 1.0)
        {
            return sorted[0];
        }

        if (n == count)
        {
            return sorted[count - 1];
        }

        var k = (int)n;
        var d = n - k;
        var percentile = sorted[k - 1] + (d * (sorted[k] - sorted[k - 1]));

        // FT-open rounds away artefacts such as 30.8000000000000000006.
        return Math.Round(percentile, 10, MidpointRounding.AwayFromZero);
    }

    private static double[] Sorted(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static void ValidateFraction(double fraction)
    {
        if (!(fraction >= 0.0 && fraction <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction.ToString(CultureInfo.InvariantCulture), "A percentile fraction must lie between 0 and 1 (METHODS.md §9).");
        }
    }
}
