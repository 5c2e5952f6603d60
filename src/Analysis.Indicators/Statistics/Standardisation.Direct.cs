namespace Analysis.Statistics;

/// <summary>Age-standardised rates and ratios: direct (DSR with Dobson limits) and indirect (ISR, indirect rate).</summary>
/// <remarks>
/// METHODS.md §4 (PHEindicatormethods <c>calculate_dsr</c>; Dobson et al. 1991) and §5
/// (<c>calculate_ISRatio</c>, <c>calculate_ISRate</c>). Bands are matched by position across the lists.
/// </remarks>
public static partial class Standardisation
{
    /// <summary>Fewer total events than this make a DSR missing ("dsr NA for total count &lt; 10").</summary>
    public const double MinimumDsrEvents = 10.0;

    /// <summary>The European Standard Population 2013 in 19 bands, 0–4 to 85–89 and 90+ (sum 100,000).</summary>
    public static IReadOnlyList<double> EuropeanStandardPopulation2013 { get; } =
    [
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    ];

    /// <summary>The directly standardised rate with Dobson's confidence limits (Byar's limits of the total events).</summary>
    /// <param name="events">Events per band; a missing (NaN) band counts as 0.</param>
    /// <param name="populations">Local population per band; each must exceed 0.</param>
    /// <param name="standard">Standard population weights per band (default <see cref="EuropeanStandardPopulation2013"/>).</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="multiplier">Rate per this many people, 100,000 by default.</param>
    /// <returns>The DSR and its limits; all missing when the total events are below 10.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An event count is negative, a population not positive, a weight negative or missing, or the level out of range.</exception>
    public static Estimate Direct(
        IReadOnlyList<double> events,
        IReadOnlyList<double> populations,
        IReadOnlyList<double>? standard = null,
        double confidence = 0.95,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(events);
        var weights = ValidateBands(populations, standard, events.Count, nameof(events));
        ValidateCounts(events, nameof(events));
        var c = Confidence.Normalise(confidence);
        var variance = DobsonVariance(events, populations, weights);
        return Dobson(events, populations, weights, variance, c, multiplier);
    }

    /// <summary>
    /// The DSR when people can have several events: band events are Σ f·persons, and the Dobson variance is
    /// replaced by Σ f²·var(persons with f events), which widens the limits (PHE-IM's "Dobson, with confidence
    /// adjusted for non-independent events").
    /// </summary>
    /// <param name="frequencies">For each event frequency f, the people per band with exactly f events (missing counts as 0).</param>
    /// <param name="populations">Local population per band; each must exceed 0.</param>
    /// <param name="standard">Standard population weights per band (default <see cref="EuropeanStandardPopulation2013"/>).</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="multiplier">Rate per this many people, 100,000 by default.</param>
    /// <returns>The DSR and its limits; all missing when the total events are below 10.</returns>
    /// <exception cref="ArgumentException">A frequency's band list differs in length from the populations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or frequency is negative, a population not positive, a weight negative, or the level out of range.</exception>
    public static Estimate DirectNonIndependent(
        IReadOnlyList<EventFrequency> frequencies,
        IReadOnlyList<double> populations,
        IReadOnlyList<double>? standard = null,
        double confidence = 0.95,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(populations);
        var weights = ValidateBands(populations, standard, populations.Count, nameof(populations));
        var c = Confidence.Normalise(confidence);
        var events = new double[populations.Count];
        var variance = 0.0;
        foreach (var frequency in frequencies)
        {
            ArgumentNullException.ThrowIfNull(frequency);
            if (frequency.Persons.Count != populations.Count)
            {
                throw new ArgumentException("Every event frequency needs one person count per band (METHODS.md §4).", nameof(frequencies));
            }

            if (double.IsNaN(frequency.Events) || frequency.Events < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(frequencies), frequency.Events, "Event frequencies must be zero or more (METHODS.md §4).");
            }

            ValidateCounts(frequency.Persons, nameof(frequencies));
            for (var i = 0; i < events.Length; i++)
            {
                events[i] += frequency.Events * Known(frequency.Persons[i]);
            }

            variance += frequency.Events * frequency.Events * DobsonVariance(frequency.Persons, populations, weights);
        }

        return Dobson(events, populations, weights, variance, c, multiplier);
    }

    private static Estimate Dobson(
        IReadOnlyList<double> events,
        IReadOnlyList<double> populations,
        IReadOnlyList<double> weights,
        double variance,
        double c,
        double multiplier)
    {
        var observed = 0.0;
        var weighted = 0.0;
        for (var i = 0; i < events.Count; i++)
        {
            observed += Known(events[i]);
            weighted += Known(events[i]) * weights[i] / populations[i];
        }

        if (observed < MinimumDsrEvents)
        {
            return Estimate.Missing;
        }

        var value = weighted / weights.Sum() * multiplier;
        var byar = PoissonCount.ByarLimits(observed, Confidence.Z(c));
        var scale = Math.Sqrt(variance / observed);
        return new Estimate(
            value,
            value + (scale * (byar.Lower - observed) * multiplier),
            value + (scale * (byar.Upper - observed) * multiplier));
    }

    /// <summary>Σ x·(w/n)² / (Σw)², the variance of the DSR before the multiplier.</summary>
    private static double DobsonVariance(IReadOnlyList<double> counts, IReadOnlyList<double> populations, IReadOnlyList<double> weights)
    {
        var sum = 0.0;
        for (var i = 0; i < counts.Count; i++)
        {
            var ratio = weights[i] / populations[i];
            sum += Known(counts[i]) * ratio * ratio;
        }

        var total = weights.Sum();
        return 1.0 / (total * total) * sum;
    }

    private static IReadOnlyList<double> ValidateBands(IReadOnlyList<double> populations, IReadOnlyList<double>? standard, int bands, string countsName)
    {
        ArgumentNullException.ThrowIfNull(populations);
        var weights = standard ?? EuropeanStandardPopulation2013;
        if (populations.Count != bands || weights.Count != bands)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Counts, populations and standard weights must have one entry per band ({bands}, {populations.Count}, {weights.Count}) (METHODS.md §4)."),
                countsName);
        }

        if (populations.Any(n => double.IsNaN(n) || n <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(populations), "Every band population must be known and greater than zero (METHODS.md §4).");
        }

        if (weights.Any(w => double.IsNaN(w) || w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), "Every standard weight must be known and zero or more (METHODS.md §4).");
        }

        return weights;
    }

    private static void ValidateCounts(IReadOnlyList<double> counts, string name)
    {
        if (counts.Any(x => x < 0))
        {
            throw new ArgumentOutOfRangeException(name, "Event counts must be zero or more (METHODS.md §4).");
        }
    }

    /// <summary>Missing counts count as zero in standardisation (R's <c>na.zero</c>).</summary>
    private static double Known(double count) => double.IsNaN(count) ? 0.0 : count;
}
