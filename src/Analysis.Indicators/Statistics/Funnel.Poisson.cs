using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

public static partial class Funnel
{
    /// <summary>
    /// A ratio unit (observed O against expected E, e.g. an ISR) against the line at 1: its exact (O &lt; 10) or
    /// Byar (O ≥ 10) count limits divided by E are compared with 1 (O = 0 has a lower limit of 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">O is negative or E is not positive.</exception>
    public static FunnelSignificance RatioSignificance(double observed, double expected)
    {
        if (double.IsNaN(observed) || double.IsNaN(expected))
        {
            return FunnelSignificance.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(observed);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(expected);
        return ClassifyCount(observed, expected, 1.0);
    }

    /// <summary>
    /// Each rate unit's significance against the weighted average Σ events / Σ derived denominators, where a
    /// unit's denominator is derived as multiplier × events / rate (crude units with no events use their supplied
    /// denominator; DSR units with none have no denominator). DSR units with fewer than 10 events are
    /// <see cref="FunnelSignificance.NotApplicable"/>.
    /// </summary>
    /// <param name="events">Each unit's event count.</param>
    /// <param name="rates">Each unit's rate per <paramref name="multiplier"/> (a DSR or crude rate).</param>
    /// <param name="denominators">Each unit's population, needed for crude units with no events (may be null otherwise).</param>
    /// <param name="type">Crude rates or DSRs.</param>
    /// <param name="multiplier">The rates' multiplier, e.g. 100,000.</param>
    /// <exception cref="ArgumentException">A crude unit has no events and no denominator was given.</exception>
    public static RateFunnel RateSignificance(
        IReadOnlyList<double> events,
        IReadOnlyList<double> rates,
        IReadOnlyList<double>? denominators,
        FunnelRateType type,
        double multiplier)
    {
        RequireSameLength(events, rates);
        if (denominators is not null)
        {
            RequireSameLength(events, denominators);
        }

        var derived = new double[events.Count];
        var totalEvents = 0.0;
        var totalDenominator = 0.0;
        for (var i = 0; i < derived.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(events[i]);
            derived[i] = DerivedDenominator(events[i], rates[i], multiplier, type, denominators?[i]);
            if (!double.IsNaN(events[i]) && !double.IsNaN(rates[i]))
            {
                totalEvents += events[i];
                totalDenominator += double.IsNaN(derived[i]) ? 0.0 : derived[i];
            }
        }

        var average = totalEvents / totalDenominator;
        var significance = new FunnelSignificance[derived.Length];
        for (var i = 0; i < derived.Length; i++)
        {
            significance[i] = double.IsNaN(events[i]) || double.IsNaN(rates[i]) ? FunnelSignificance.Missing
                : type == FunnelRateType.Dsr && events[i] < Standardisation.MinimumDsrEvents ? FunnelSignificance.NotApplicable
                : double.IsNaN(derived[i]) ? FunnelSignificance.NotSignificant
                : ClassifyCount(events[i], derived[i], average);
        }

        return new RateFunnel(average, derived, significance);
    }

    /// <summary>
    /// The ratio funnel lines at an observed count O: for each limit, the expected count E at which
    /// P(X ≤ O | E) or P(X ≥ O | E) is 0.025 or 0.001 (bisection on the Poisson distribution) and the ratio O/E there.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public static PoissonFunnelRow RatioLimits(double observedEvents, FunnelRatioType type = FunnelRatioType.Ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(observedEvents);
        FunnelPoint Point(double expected)
        {
            var ratio = observedEvents / expected;
            return new FunnelPoint(expected, type switch
            {
                FunnelRatioType.Count => ratio - 1.0,
                FunnelRatioType.Isr => ratio * 100.0,
                _ => ratio,
            });
        }

        return new PoissonFunnelRow(
            observedEvents,
            Point(Poisson.MeanWithLowerTail(observedEvents, 0.025)),
            Point(Poisson.MeanWithUpperTail(observedEvents, 0.025)),
            Point(Poisson.MeanWithLowerTail(observedEvents, 0.001)),
            Point(Poisson.MeanWithUpperTail(observedEvents, 0.001)));
    }

    /// <summary>
    /// The rate funnel lines at an event count: population = (E at the limit) / weighted average, limit =
    /// events / population × multiplier; the population shown is per year (divided by <paramref name="yearsOfData"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count, average or years are not positive.</exception>
    public static PoissonFunnelRow RateLimits(double events, double weightedAverage, double multiplier, double yearsOfData = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weightedAverage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(yearsOfData);
        FunnelPoint Point(double expected)
        {
            var population = expected / weightedAverage;
            return new FunnelPoint(population / yearsOfData, events / population * multiplier);
        }

        return new PoissonFunnelRow(
            events,
            Point(Poisson.MeanWithLowerTail(events, 0.025)),
            Point(Poisson.MeanWithUpperTail(events, 0.025)),
            Point(Poisson.MeanWithLowerTail(events, 0.001)),
            Point(Poisson.MeanWithUpperTail(events, 0.001)));
    }

    /// <summary>A rate unit's denominator derived from its events and rate: multiplier × events / rate.</summary>
    /// <remarks>METHODS.md §7: with no events, a DSR has no derived denominator (NaN) and a crude rate uses <paramref name="denominator"/>.</remarks>
    /// <exception cref="ArgumentException">A crude unit has no events and no denominator.</exception>
    public static double DerivedDenominator(double events, double rate, double multiplier, FunnelRateType type, double? denominator = null)
    {
        if (events != 0.0)
        {
            return events / rate * multiplier;
        }

        if (type == FunnelRateType.Dsr)
        {
            return double.NaN;
        }

        return denominator ?? throw new ArgumentException(
            "A crude-rate unit with no events needs its denominator (METHODS.md §7).", nameof(denominator));
    }

    /// <summary>Count limits of O over a denominator, compared with a centre line, as PHE-IM's <c>funnel_ratio_significance</c>.</summary>
    private static FunnelSignificance ClassifyCount(double observed, double denominator, double centre)
    {
        var limits = new FunnelLimits(
            CountLimit(observed, 0.95, upper: false) / denominator,
            CountLimit(observed, 0.95, upper: true) / denominator,
            CountLimit(observed, 0.998, upper: false) / denominator,
            CountLimit(observed, 0.998, upper: true) / denominator);

        // The unit's interval is compared with the centre: an interval wholly above it makes the unit high.
        return centre < limits.Lower998 ? FunnelSignificance.High0001
            : centre < limits.Lower95 ? FunnelSignificance.High0025
            : centre > limits.Upper998 ? FunnelSignificance.Low0001
            : centre > limits.Upper95 ? FunnelSignificance.Low0025
            : FunnelSignificance.NotSignificant;
    }

    /// <summary>Exact limits below 10 events and Byar's from 10 (a negative Byar lower limit is kept, unlike phe_rate).</summary>
    private static double CountLimit(double observed, double level, bool upper)
    {
        var p = 0.5 + (level / 2.0);
        if (!upper && observed == 0.0)
        {
            return 0.0;
        }

        if (observed < PoissonCount.DefaultExactBelow)
        {
            return upper
                ? ChiSquare.Quantile(p, (2.0 * observed) + 2.0) / 2.0
                : ChiSquare.UpperQuantile(p, 2.0 * observed) / 2.0;
        }

        var z = Normal.Quantile(p);
        var adjusted = upper ? observed + 1.0 : observed;
        var root = 1.0 - (1.0 / (9.0 * adjusted)) + ((upper ? z : -z) / 3.0 / Math.Sqrt(adjusted));
        return adjusted * root * root * root;
    }
}
