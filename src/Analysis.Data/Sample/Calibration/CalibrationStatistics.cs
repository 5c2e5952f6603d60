namespace Analysis.Data.Sample.Calibration;

/// <summary>The few summary statistics the calibration targets are stated in.</summary>
internal static class CalibrationStatistics
{
    public static double Median(IEnumerable<double> values) => Quantile(values, 0.5);

    /// <summary>The quantile by linear interpolation between order statistics (type 7, as R and numpy default).</summary>
    public static double Quantile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Spearman's rank correlation (Pearson on ranks, ties given their mean rank).</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Pearson(Ranks(x), Ranks(y));

    /// <summary>Σ numerator / Σ denominator.</summary>
    public static double Ratio(IEnumerable<(double Numerator, double Denominator)> pairs)
    {
        double n = 0, d = 0;
        foreach (var (num, den) in pairs)
        {
            n += num;
            d += den;
        }

        return n / d;
    }

    /// <summary>Each value's quintile by rank, 1 (lowest fifth) to 5.</summary>
    public static int[] Quintiles(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var result = new int[values.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            result[order[rank]] = (rank * 5 / order.Length) + 1;
        }

        return result;
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = (i + j) / 2.0;
            }

            i = j + 1;
        }

        return ranks;
    }
}
