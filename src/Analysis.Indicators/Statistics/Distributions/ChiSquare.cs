namespace Analysis.Statistics.Distributions;

/// <summary>Quantiles of the chi-square distribution, as R's <c>qchisq</c>.</summary>
/// <remarks>
/// χ²⁻¹(p; k) = 2·P⁻¹(k/2, p) through the inverse regularised gamma function; k = 0 gives 0 for every
/// p &lt; 1, as R does (METHODS.md §0).
/// </remarks>
internal static class ChiSquare
{
    /// <summary>The x with P(χ²ₖ ≤ x) = p (k may be fractional).</summary>
    public static double Quantile(double p, double degreesOfFreedom) =>
        2.0 * Gamma.InverseRegularized(0.5 * degreesOfFreedom, p, 1.0 - p);

    /// <summary>The x with P(χ²ₖ &gt; x) = q, keeping the precision of a small upper tail.</summary>
    public static double UpperQuantile(double q, double degreesOfFreedom) =>
        2.0 * Gamma.InverseRegularized(0.5 * degreesOfFreedom, 1.0 - q, q);
}
