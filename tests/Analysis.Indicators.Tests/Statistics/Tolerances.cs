namespace Analysis.Indicators.Tests.Statistics;

/// <summary>Assertions with the relative tolerances of METHODS.md §16.</summary>
internal static class Tolerances
{
    /// <summary>Closed forms (Wilson, Byar, exact, t, DSR, ISR): relative 1e-9.</summary>
    public const double ClosedForm = 1e-9;

    /// <summary>Non-independent DSR, whose reference is stored to 8 dp: relative 1e-8.</summary>
    public const double NonIndependentDsr = 1e-8;

    /// <summary>Funnel tables and bisection-based limits: relative 1e-6.</summary>
    public const double Funnel = 1e-6;

    /// <summary>Monte-Carlo SII intervals: relative 5%.</summary>
    public const double MonteCarlo = 0.05;

    /// <summary>
    /// A METHODS.md worked example printed to <paramref name="decimals"/> places: passes within the closed-form
    /// tolerance or within half a unit of the last printed place, whichever is wider.
    /// </summary>
    public static void AssertPrinted(double expected, double actual, int decimals)
    {
        var rounding = 0.5 * Math.Pow(10, -decimals);
        var allowed = Math.Max(ClosedForm * Math.Abs(expected), rounding);
        Assert.True(
            Math.Abs(actual - expected) <= allowed,
            FormattableString.Invariant($"expected {expected:R} (to {decimals} dp), got {actual:R}"));
    }

    public static void AssertRelative(double expected, double actual, double tolerance)
    {
        if (expected == actual)
        {
            return;
        }

        var scale = Math.Max(Math.Abs(expected), double.Epsilon);
        var error = Math.Abs(actual - expected) / scale;
        Assert.True(
            error <= tolerance,
            FormattableString.Invariant($"expected {expected:R}, got {actual:R}: relative error {error:E2} > {tolerance:E0}"));
    }
}
