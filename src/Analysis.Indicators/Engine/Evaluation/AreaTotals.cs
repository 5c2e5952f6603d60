namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// One indicator's sums over one area bucket in one month: numerator (a mean's Σ value), denominator, and the
/// third sum (expected count, or a mean's Σ value²), with the rows used, excluded and missing.
/// </summary>
internal readonly record struct AreaTotals(double Numerator, double Denominator, double Third, int Used, int Excluded, int Missing)
{
    public static AreaTotals operator +(AreaTotals a, AreaTotals b) =>
        new(a.Numerator + b.Numerator, a.Denominator + b.Denominator, a.Third + b.Third, a.Used + b.Used, a.Excluded + b.Excluded, a.Missing + b.Missing);
}
