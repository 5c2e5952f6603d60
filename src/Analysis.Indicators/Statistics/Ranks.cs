namespace Analysis.Statistics;

/// <summary>Ranks of values (1 = smallest) with the three tie rules the anchors use; missing values get no rank.</summary>
/// <remarks>
/// METHODS.md §9 and §8: PHE-IM <c>phe_quantile</c> ranks ties at their lowest rank (R <c>ties.method = "min"</c>),
/// FunnelPlotR's SHMI truncation averages ties (<c>"average"</c>), and <c>dplyr::ntile</c> / SQL <c>NTILE</c>
/// break ties by position (<c>row_number</c>). Missing (NaN) values keep a NaN rank, as R's <c>na.last = "keep"</c>.
/// </remarks>
public static class Ranks
{
    /// <summary>Ranks where tied values share the lowest rank of their group (1, 2, 2, 4).</summary>
    public static IReadOnlyList<double> Minimum(IReadOnlyList<double> values) => Rank(values, (first, _) => first);

    /// <summary>Ranks where tied values share the average rank of their group (1, 2.5, 2.5, 4).</summary>
    public static IReadOnlyList<double> Average(IReadOnlyList<double> values) => Rank(values, (first, last) => 0.5 * (first + last));

    /// <summary>Ranks where ties are broken by position, the earlier value ranking first (1, 2, 3, 4).</summary>
    public static IReadOnlyList<double> ByPosition(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = Enumerable.Repeat(double.NaN, values.Count).ToArray();
        var order = Order(values);
        for (var i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i + 1;
        }

        return ranks;
    }

    private static double[] Rank(IReadOnlyList<double> values, Func<int, int, double> tieRank)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = Enumerable.Repeat(double.NaN, values.Count).ToArray();
        var order = Order(values);
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = tieRank(start + 1, end + 1);
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>Indices of the non-missing values in ascending order, ties in their original order.</summary>
    private static int[] Order(IReadOnlyList<double> values) =>
        Enumerable.Range(0, values.Count)
            .Where(i => !double.IsNaN(values[i]))
            .OrderBy(i => values[i])
            .ThenBy(i => i)
            .ToArray();
}
