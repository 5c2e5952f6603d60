namespace Analysis.Statistics;

/// <summary>A proportion (x of n) with its Wilson score confidence interval, the Fingertips default.</summary>
/// <remarks>
/// METHODS.md §1 (PHEindicatormethods <c>phe_proportion</c>; Wilson 1927; Newcombe &amp; Altman 2000):
/// limits (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)), then the value and limits are multiplied.
/// x = 0 gives a lower limit of exactly 0, x = n an upper limit of exactly 1, and a 100% level (0, 1).
/// </remarks>
public static class Proportion
{
    /// <summary>The proportion x/n with its Wilson score interval, all multiplied (100 gives percentages).</summary>
    /// <param name="successes">The numerator x; need not be whole.</param>
    /// <param name="n">The denominator; must exceed 0.</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="multiplier">The factor applied to the value and the limits.</param>
    /// <returns>The estimate, or <see cref="Estimate.Missing"/> when x or n is missing (NaN).</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, x &gt; n, or the level is out of range.</exception>
    public static Estimate Wilson(double successes, double n, double confidence = 0.95, double multiplier = 1.0)
    {
        var c = Confidence.Normalise(confidence);
        if (double.IsNaN(successes) || double.IsNaN(n))
        {
            return Estimate.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "The numerator of a proportion cannot exceed its denominator (METHODS.md §1).");
        }

        var (lower, upper) = WilsonBounds(successes, n, Confidence.Z(c));
        return new Estimate(successes / n * multiplier, lower * multiplier, upper * multiplier);
    }

    /// <summary>The Wilson score bounds of x of n for a given z, as fractions (also the FT-open SPC control limits).</summary>
    internal static (double Lower, double Upper) WilsonBounds(double x, double n, double z)
    {
        if (double.IsPositiveInfinity(z))
        {
            return (0.0, 1.0);
        }

        var z2 = z * z;
        var spread = z * Math.Sqrt(z2 + (4.0 * x * (1.0 - (x / n))));
        var lower = x == 0.0 ? 0.0 : ((2.0 * x) + z2 - spread) / 2.0 / (n + z2);
        var upper = x == n ? 1.0 : ((2.0 * x) + z2 + spread) / 2.0 / (n + z2);
        return (lower, upper);
    }
}
