namespace Analysis.Statistics;

public static partial class Funnel
{
    /// <summary>The funnel centre for proportions, Σ numerators / Σ denominators over the units with both known.</summary>
    public static double Average(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators)
    {
        RequireSameLength(numerators, denominators);
        var x = 0.0;
        var n = 0.0;
        for (var i = 0; i < numerators.Count; i++)
        {
            if (!double.IsNaN(numerators[i]) && !double.IsNaN(denominators[i]))
            {
                x += numerators[i];
                n += denominators[i];
            }
        }

        return x / n;
    }

    /// <summary>
    /// PHE proportion limits at denominator <paramref name="n"/>: average ± Φ⁻¹(P)·√(p₀(1 − p₀)/n) for
    /// P = 0.975 and 0.999, times the multiplier; the lower limit is clamped at 0 and the upper at the literal
    /// 100 (as PHE-IM does, even when the multiplier is 1).
    /// </summary>
    /// <remarks>
    /// METHODS.md §7: PHE-IM solves an inverted Wilson quadratic (<c>sigma_adjustment</c>) that is algebraically
    /// this symmetric form (agreement to 1e-13 checked with mpmath).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">n is not positive or the average is outside 0–1.</exception>
    public static FunnelLimits ProportionLimits(double average, double n, double multiplier)
    {
        var limits = UnclampedProportionLimits(average, n);
        return new FunnelLimits(
            Math.Max(0.0, limits.Lower95 * multiplier),
            Math.Min(100.0, limits.Upper95 * multiplier),
            Math.Max(0.0, limits.Lower998 * multiplier),
            Math.Min(100.0, limits.Upper998 * multiplier));
    }

    /// <summary>Each unit's significance against the proportion funnel around Σx/Σn (a unit is judged at its own n).</summary>
    /// <returns>One category per unit, in input order; units with a missing x or n are <see cref="FunnelSignificance.Missing"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A numerator is negative or above its denominator, or a denominator is not positive.</exception>
    public static IReadOnlyList<FunnelSignificance> ProportionSignificance(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators)
    {
        RequireSameLength(numerators, denominators);
        for (var i = 0; i < numerators.Count; i++)
        {
            ValidateProportion(numerators[i], denominators[i]);
        }

        var average = Average(numerators, denominators);
        var result = new FunnelSignificance[numerators.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = double.IsNaN(numerators[i]) || double.IsNaN(denominators[i])
                ? FunnelSignificance.Missing
                : Classify(numerators[i] / denominators[i], UnclampedProportionLimits(average, denominators[i]));
        }

        return result;
    }

    /// <summary>The significance of one unit's proportion x/n against the funnel around <paramref name="average"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">x is negative or above n, or n is not positive.</exception>
    public static FunnelSignificance ProportionSignificance(double x, double n, double average)
    {
        ValidateProportion(x, n);
        return double.IsNaN(x) || double.IsNaN(n) || double.IsNaN(average)
            ? FunnelSignificance.Missing
            : Classify(x / n, UnclampedProportionLimits(average, n));
    }

    private static FunnelLimits UnclampedProportionLimits(double average, double n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (average < 0 || average > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(average), average, "A proportion funnel's average must lie between 0 and 1 (METHODS.md §7).");
        }

        var sd = Math.Sqrt(average * (1.0 - average) / n);
        return new FunnelLimits(average - (Z975 * sd), average + (Z975 * sd), average - (Z999 * sd), average + (Z999 * sd));
    }

    private static void ValidateProportion(double x, double n)
    {
        if (x < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Numerators must be zero or more (METHODS.md §7).");
        }

        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Denominators must be greater than zero (METHODS.md §7).");
        }

        if (x > n)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "A proportion's numerator cannot exceed its denominator (METHODS.md §7).");
        }
    }

    private static void RequireSameLength(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(FormattableString.Invariant($"Expected one value per unit in both lists ({first.Count} and {second.Count})."), nameof(second));
        }
    }
}
