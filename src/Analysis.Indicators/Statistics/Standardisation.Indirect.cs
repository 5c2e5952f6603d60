namespace Analysis.Statistics;

public static partial class Standardisation
{
    /// <summary>Expected events E = Σ (reference events / reference population) × local population over the bands.</summary>
    /// <remarks>METHODS.md §5: missing reference events or local populations count as 0.</remarks>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double Expected(
        IReadOnlyList<double> localPopulations,
        IReadOnlyList<double> referenceEvents,
        IReadOnlyList<double> referencePopulations)
    {
        ValidateReference(localPopulations, referenceEvents, referencePopulations);
        var expected = 0.0;
        for (var i = 0; i < localPopulations.Count; i++)
        {
            expected += Known(referenceEvents[i]) / referencePopulations[i] * Known(localPopulations[i]);
        }

        return expected;
    }

    /// <summary>The crude reference rate Σ reference events / Σ reference population × multiplier.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double ReferenceRate(IReadOnlyList<double> referenceEvents, IReadOnlyList<double> referencePopulations, double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(referenceEvents);
        ArgumentNullException.ThrowIfNull(referencePopulations);
        if (referenceEvents.Count != referencePopulations.Count)
        {
            throw new ArgumentException("Reference events and populations need one entry per band (METHODS.md §5).", nameof(referencePopulations));
        }

        return referenceEvents.Sum(Known) / referencePopulations.Sum() * multiplier;
    }

    /// <summary>The indirectly standardised ratio O/E × <paramref name="referenceValue"/> (1, or 100 for an SMR-style ratio).</summary>
    /// <param name="observed">Observed events O.</param>
    /// <param name="expected">Expected events E (see <see cref="Expected"/>); must exceed 0.</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="referenceValue">The scale of the ratio: 1 or 100.</param>
    /// <param name="exactBelow">Observed counts below this get exact limits, Byar's from it (PHE-IM: 10).</param>
    /// <returns>The ratio with the count limits of O divided by E on the same scale; missing when O or E is.</returns>
    /// <exception cref="ArgumentOutOfRangeException">O &lt; 0, E ≤ 0, or the level is out of range.</exception>
    public static Estimate IndirectRatio(
        double observed,
        double expected,
        double confidence = 0.95,
        double referenceValue = 1.0,
        double exactBelow = PoissonCount.DefaultExactBelow) =>
        Indirect(observed, expected, referenceValue, confidence, exactBelow);

    /// <summary>The indirectly standardised rate O/E × the reference rate (see <see cref="ReferenceRate"/>).</summary>
    /// <param name="observed">Observed events O.</param>
    /// <param name="expected">Expected events E (see <see cref="Expected"/>); must exceed 0.</param>
    /// <param name="referenceRate">The reference rate, already per the multiplier (e.g. per 100,000).</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="exactBelow">Observed counts below this get exact limits, Byar's from it (PHE-IM: 10).</param>
    /// <returns>The rate with the count limits of O divided by E times the reference rate; missing when O or E is.</returns>
    /// <exception cref="ArgumentOutOfRangeException">O &lt; 0, E ≤ 0, or the level is out of range.</exception>
    public static Estimate IndirectRate(
        double observed,
        double expected,
        double referenceRate,
        double confidence = 0.95,
        double exactBelow = PoissonCount.DefaultExactBelow) =>
        Indirect(observed, expected, referenceRate, confidence, exactBelow);

    private static Estimate Indirect(double observed, double expected, double scale, double confidence, double exactBelow)
    {
        var limits = PoissonCount.Limits(observed, confidence, exactBelow);
        if (double.IsNaN(observed) || double.IsNaN(expected))
        {
            return Estimate.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(expected);
        return new Estimate(observed / expected * scale, limits.Lower / expected * scale, limits.Upper / expected * scale);
    }

    private static void ValidateReference(IReadOnlyList<double> local, IReadOnlyList<double> referenceEvents, IReadOnlyList<double> referencePopulations)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(referenceEvents);
        ArgumentNullException.ThrowIfNull(referencePopulations);
        if (referenceEvents.Count != local.Count || referencePopulations.Count != local.Count)
        {
            throw new ArgumentException("Local populations, reference events and reference populations need one entry per band (METHODS.md §5).", nameof(local));
        }

        if (local.Any(n => n < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(local), "Local populations must be zero or more (METHODS.md §5).");
        }
    }
}
