namespace Analysis.Statistics;

/// <summary>GP supply measures: patients per GP, GPs per 10,000 patients, ratios of sums and the shortfall against a benchmark.</summary>
/// <remarks>
/// METHODS.md §12. GP FTE means fully qualified GPs excluding trainees and locums (<c>TOTAL_GP_EXTGL_FTE</c>);
/// need-adjusted measures divide by Carr-Hill weighted patients instead of registered patients (§13: ingest the
/// published weighted list, never recompute it). Group summaries are ratios of sums, never means of practice
/// ratios. A zero denominator gives NaN (no value), not infinity.
/// </remarks>
public static class Supply
{
    /// <summary>Patients (registered or weighted) per full-time-equivalent GP.</summary>
    public static double PatientsPerGp(double patients, double gpFte) => gpFte == 0.0 ? double.NaN : patients / gpFte;

    /// <summary>Full-time-equivalent GPs per 10,000 patients (registered or weighted).</summary>
    public static double GpFtePer10000(double gpFte, double patients) => patients == 0.0 ? double.NaN : 10_000.0 * gpFte / patients;

    /// <summary>
    /// A group's ratio as Σ numerators / Σ denominators × multiplier over the units with both known (e.g. Σ FTE /
    /// Σ weighted patients × 10,000 for a quintile or an area).
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double RatioOfSums(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators, double multiplier = 1.0)
    {
        ArgumentNullException.ThrowIfNull(numerators);
        ArgumentNullException.ThrowIfNull(denominators);
        if (numerators.Count != denominators.Count)
        {
            throw new ArgumentException("Ratios of sums need one numerator per denominator (METHODS.md §12).", nameof(denominators));
        }

        double top = 0, bottom = 0;
        for (var i = 0; i < numerators.Count; i++)
        {
            if (!double.IsNaN(numerators[i]) && !double.IsNaN(denominators[i]))
            {
                top += numerators[i];
                bottom += denominators[i];
            }
        }

        return bottom == 0.0 ? double.NaN : top / bottom * multiplier;
    }

    /// <summary>
    /// HEEC's annual GP FTE: the mean of the known monthly values of the financial year, rounded to 1 dp as R's
    /// <c>round(x, 1)</c> does (nearest representable, ties to even). Patients are averaged without rounding.
    /// </summary>
    /// <returns>The rounded mean, or NaN when no month is known.</returns>
    public static double AnnualAverageFte(IEnumerable<double> monthlyFte)
    {
        ArgumentNullException.ThrowIfNull(monthlyFte);
        var known = monthlyFte.Where(v => !double.IsNaN(v)).ToArray();
        return known.Length == 0 ? double.NaN : RoundLikeR(known.Average(), 1);
    }

    /// <summary>
    /// The GP FTE a unit lacks against a benchmark rate: benchmark FTE per 10,000 × patients / 10,000 − FTE
    /// (positive = short of GPs).
    /// </summary>
    public static double ShortfallFte(double gpFte, double patients, double benchmarkFtePer10000) =>
        (benchmarkFtePer10000 * patients / 10_000.0) - gpFte;

    /// <summary>Rounds to the nearer of the two neighbouring decimals as the double actually stored, ties to even (R ≥ 4.0).</summary>
    private static double RoundLikeR(double x, int digits)
    {
        var scale = Math.Pow(10, digits);
        var down = Math.Floor(x * scale) / scale;
        var up = Math.Ceiling(x * scale) / scale;
        var below = x - down;
        var above = up - x;
        if (below < above)
        {
            return down;
        }

        if (above < below)
        {
            return up;
        }

        return Math.Round(x * scale, MidpointRounding.ToEven) / scale;
    }
}
