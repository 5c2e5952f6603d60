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
