namespace Analysis.Statistics;

/// <summary>A crude rate (events per population, e.g. per 100,000) with Poisson confidence limits.</summary>
/// <remarks>
/// METHODS.md §2 (PHEindicatormethods <c>phe_rate</c>): rate = x/n × per and its limits are the count
/// limits of x divided by n and multiplied by the same factor. The numerator may exceed the denominator;
/// n must be positive. <see cref="Crude"/> uses exact limits below 10 events and Byar's from 10 (§15: the
/// threshold is a parameter).
/// </remarks>
public static class Rate
{
    /// <summary>The crude rate with exact limits below <paramref name="exactBelow"/> events and Byar's from it.</summary>
    /// <param name="count">The events x (need not be whole).</param>
    /// <param name="denominator">The population n; must exceed 0.</param>
    /// <param name="per">The multiplier, e.g. 100,000 for a rate per 100,000.</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="exactBelow">Counts below this get exact limits (PHE-IM: 10).</param>
    /// <returns>The estimate, or <see cref="Estimate.Missing"/> when the count or denominator is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, or the level is out of range.</exception>
    public static Estimate Crude(double count, double denominator, double per = 100_000, double confidence = 0.95, double exactBelow = PoissonCount.DefaultExactBelow) =>
        PoissonCount.MethodFor(count, exactBelow) == CountMethod.Exact
            ? ExactPoisson(count, denominator, per, confidence)
            : Byar(count, denominator, per, confidence);

    /// <summary>The crude rate with Byar's limits whatever the count (a negative lower limit is missing).</summary>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, or the level is out of range.</exception>
    public static Estimate Byar(double count, double denominator, double per = 100_000, double confidence = 0.95) =>
        Scale(count, denominator, per, PoissonCount.Byar(count, confidence));

    /// <summary>The crude rate with exact Poisson (chi-square) limits whatever the count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, or the level is out of range.</exception>
    public static Estimate ExactPoisson(double count, double denominator, double per = 100_000, double confidence = 0.95) =>
        Scale(count, denominator, per, PoissonCount.Exact(count, confidence));

    private static Estimate Scale(double count, double denominator, double per, Interval countLimits)
    {
        if (double.IsNaN(count) || double.IsNaN(denominator))
        {
            return Estimate.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return new Estimate(count / denominator * per, countLimits.Lower / denominator * per, countLimits.Upper / denominator * per);
    }
}
