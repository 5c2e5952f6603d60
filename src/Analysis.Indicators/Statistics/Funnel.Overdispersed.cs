namespace Analysis.Statistics;

public static partial class Funnel
{
    /// <summary>
    /// Fits a Spiegelhalter overdispersed funnel: z-scores on the stabilised scale, Winsorised at the 10th/90th
    /// percentiles (or truncated for SHMI), φ = mean of their squares and τ² = max(0, (nφ − (n − 1)) / (Σw − Σw²/Σw))
    /// with w = 1/s² over the units used.
    /// </summary>
    /// <param name="numerators">Observed events O (or numerators x), one per unit.</param>
    /// <param name="denominators">Expected events E (standardised ratios) or denominators n, one per unit.</param>
    /// <param name="scale">The data kind and method.</param>
    /// <param name="trimBy">The share Winsorised or truncated at each end (FunnelPlotR default 0.1).</param>
    /// <remarks>
    /// METHODS.md §8. Units with a missing numerator or denominator take no part (NaN z-scores); FunnelPlotR
    /// has no missing values to handle. Aggregate records to one row per unit first.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A numerator is negative, a denominator not positive, or the trim outside (0, 0.5).</exception>
    public static OverdispersedFunnel Overdispersed(
        IReadOnlyList<double> numerators,
        IReadOnlyList<double> denominators,
        OverdispersionScale scale,
        double trimBy = 0.1)
    {
        RequireSameLength(numerators, denominators);
        if (!(trimBy > 0.0 && trimBy < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(trimBy), trimBy, "The trim must lie between 0 and 0.5 (METHODS.md §8).");
        }

        var count = numerators.Count;
        var x = new double[count];
        var n = new double[count];
        var sumX = 0.0;
        var sumN = 0.0;
        for (var i = 0; i < count; i++)
        {
            x[i] = numerators[i];
            n[i] = scale == OverdispersionScale.StandardisedRatioShmi ? Math.Round(denominators[i], 2) : denominators[i];
            if (double.IsNaN(x[i]) || double.IsNaN(n[i]))
            {
                x[i] = n[i] = double.NaN;
                continue;
            }

            ArgumentOutOfRangeException.ThrowIfNegative(numerators[i]);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n[i]);
            sumX += x[i];
            sumN += n[i];
        }

        var target = scale is OverdispersionScale.StandardisedRatioShmi or OverdispersionScale.StandardisedRatioCqc ? 1.0 : sumX / sumN;
        var z = new double[count];
        var s = new double[count];
        for (var i = 0; i < count; i++)
        {
            (z[i], s[i]) = ZScore(x[i], n[i], target, scale);
        }

        var robust = scale == OverdispersionScale.StandardisedRatioShmi ? Truncate(z, trimBy) : Winsorise(z, trimBy);
        var used = Enumerable.Range(0, count).Where(i => !double.IsNaN(robust[i])).ToArray();
        var units = used.Length;
        var phi = used.Sum(i => robust[i] * robust[i]) / units;
        var tau2 = 0.0;
        if (units > 0 && units * phi >= units - 1)
        {
            var weights = used.Select(i => 1.0 / (s[i] * s[i])).ToArray();
            var total = weights.Sum();
            tau2 = Math.Max(0.0, ((units * phi) - (units - 1)) / (total - (weights.Sum(w => w * w) / total)));
        }

        return new OverdispersedFunnel(scale, target, phi, tau2, units, z, robust);
    }

    private static (double Z, double S) ZScore(double x, double n, double target, OverdispersionScale scale)
    {
        switch (scale)
        {
            case OverdispersionScale.StandardisedRatioShmi:
                return (Math.Sqrt(n) * Math.Log(x / n), 1.0 / Math.Sqrt(n));
            case OverdispersionScale.StandardisedRatioCqc:
            {
                var s = 1.0 / (2.0 * Math.Sqrt(n));
                return ((Math.Sqrt(x / n) - 1.0) / s, s);
            }

            case OverdispersionScale.Proportion:
            {
                var s = 1.0 / (2.0 * Math.Sqrt(n));
                return ((Math.Asin(Math.Sqrt(x / n)) - Math.Asin(Math.Sqrt(target))) / s, s);
            }

            default:
            {
                var s = Math.Sqrt((x / ((x + 0.5) * (x + 0.5))) + (n / ((n + 0.5) * (n + 0.5))));
                return ((Math.Log((x + 0.5) / (n + 0.5)) - Math.Log(target)) / s, s);
            }
        }
    }

    /// <summary>Pulls z-scores beyond the trim percentiles (R type 7) back to those percentiles.</summary>
    private static double[] Winsorise(double[] z, double trimBy)
    {
        var low = Quantiles.Percentile(z, trimBy);
        var high = Quantiles.Percentile(z, 1.0 - trimBy);
        return z.Select(v => double.IsNaN(v) ? double.NaN : v < low ? low : v > high ? high : v).ToArray();
    }

    /// <summary>
    /// SHMI truncation: rank the z-scores (ties averaged), group = ⌊rank·k/(units + 1)⌋ with k = 1/trim, and drop
    /// the first and last groups (groups 0 and 9 for a 10% trim).
    /// </summary>
    private static double[] Truncate(double[] z, double trimBy)
    {
        var groups = 1.0 / trimBy;
        var ranks = Ranks.Average(z);
        var known = z.Count(v => !double.IsNaN(v));
        return z.Select((v, i) =>
        {
            var group = Math.Floor(ranks[i] * groups / (known + 1));
            return group > 0 && group < groups - 1 ? v : double.NaN;
        }).ToArray();
    }
}
