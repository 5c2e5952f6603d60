using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>Confidence limits for an observed count of events treated as Poisson: exact, Byar's, or chosen by size.</summary>
/// <remarks>
/// METHODS.md §2 (PHEindicatormethods <c>byars_lower/upper</c>, <c>phe_rate</c>; Breslow &amp; Day 1987) and §15:
/// exact limits are χ²⁻¹((1−c)/2; 2x)/2 and χ²⁻¹(c + (1−c)/2; 2x + 2)/2; Byar's are
/// x(1 − 1/(9x) − z/(3√x))³ and (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³, with a negative Byar lower limit
/// reported missing. PHE-IM switches from exact to Byar's at 10 events; the threshold is a parameter.
/// </remarks>
public static class PoissonCount
{
    /// <summary>The events threshold below which PHEindicatormethods uses exact limits.</summary>
    public const double DefaultExactBelow = 10.0;

    /// <summary>Exact (chi-square) limits for the count; 0 events give a lower limit of 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the level is out of range.</exception>
    public static Interval Exact(double count, double confidence = 0.95)
    {
        var c = Confidence.Normalise(confidence);
        if (double.IsNaN(count))
        {
            return Interval.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ExactLimits(count, c);
    }

    /// <summary>Byar's approximate limits for the count; a negative lower limit is reported as missing (NaN).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the level is out of range.</exception>
    public static Interval Byar(double count, double confidence = 0.95)
    {
        var c = Confidence.Normalise(confidence);
        if (double.IsNaN(count))
        {
            return Interval.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ByarLimits(count, Confidence.Z(c));
    }

    /// <summary>Exact limits below <paramref name="exactBelow"/> events and Byar's from it, as PHE-IM does at 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the level is out of range.</exception>
    public static Interval Limits(double count, double confidence = 0.95, double exactBelow = DefaultExactBelow) =>
        MethodFor(count, exactBelow) == CountMethod.Exact ? Exact(count, confidence) : Byar(count, confidence);

    /// <summary>Which method <see cref="Limits"/> uses for this count (PHE-IM's "Exact" or "Byars" label).</summary>
    public static CountMethod MethodFor(double count, double exactBelow = DefaultExactBelow) =>
        count < exactBelow ? CountMethod.Exact : CountMethod.Byar;

    internal static Interval ExactLimits(double count, double c) => new(
        ChiSquare.Quantile((1.0 - c) / 2.0, 2.0 * count) / 2.0,
        ChiSquare.Quantile(c + ((1.0 - c) / 2.0), (2.0 * count) + 2.0) / 2.0);

    internal static Interval ByarLimits(double count, double z)
    {
        var lowerBase = 1.0 - (1.0 / (9.0 * count)) - (z / (3.0 * Math.Sqrt(count)));
        var lower = count * lowerBase * lowerBase * lowerBase;
        var next = count + 1.0;
        var upperBase = 1.0 - (1.0 / (9.0 * next)) + (z / (3.0 * Math.Sqrt(next)));
        return new Interval(lower < 0.0 ? double.NaN : lower, next * upperBase * upperBase * upperBase);
    }
}
