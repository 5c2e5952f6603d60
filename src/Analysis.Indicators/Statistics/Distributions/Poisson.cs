namespace Analysis.Statistics.Distributions;

/// <summary>Poisson tail probabilities and the bisection the Fingertips and PHE funnel macros use.</summary>
/// <remarks>
/// P(X ≤ k | μ) = Q(k + 1, μ) and P(X ≥ k | μ) = P(k, μ). The bisection reproduces the Excel macro
/// carried into FT-open <c>StatisticalMethods.PoisLow/PoisHigh</c> and PHE-IM <c>poisson_funnel</c>
/// (METHODS.md §6 SPC for DSR, §7): the mean is (1 + x)·v/(1 − v) for v bisected from ½ in steps
/// halving from ¼ until the step is at most 1e-7, so its results agree with theirs to the last step.
/// </remarks>
internal static class Poisson
{
    /// <summary>P(X ≥ k | μ), where k is rounded up to a whole count as the macro's summation does.</summary>
    public static double AtLeast(double k, double mean)
    {
        var whole = Math.Ceiling(k);
        return whole <= 0.0 ? 1.0 : Gamma.LowerRegularized(whole, mean);
    }

    /// <summary>P(X ≤ k | μ), where k is rounded down to a whole count as the macro's summation does.</summary>
    public static double AtMost(double k, double mean)
    {
        var whole = Math.Floor(k);
        return whole < 0.0 ? 0.0 : Gamma.UpperRegularized(whole + 1.0, mean);
    }

    /// <summary>The mean μ at which P(X ≥ x | μ) = p: the lower Poisson limit for an observed x.</summary>
    public static double MeanWithUpperTail(double x, double p) =>
        Bisect(x, mean => AtLeast(x, mean) > p);

    /// <summary>The mean μ at which P(X ≤ x | μ) = p: the upper Poisson limit for an observed x.</summary>
    public static double MeanWithLowerTail(double x, double p) =>
        Bisect(x, mean => AtMost(x, mean) < p);

    private static double Bisect(double x, Func<double, bool> meanTooHigh)
    {
        var v = 0.5;
        var step = 0.5;
        while (step > 1e-7)
        {
            step /= 2.0;
            var mean = (1.0 + x) * v / (1.0 - v);
            v = meanTooHigh(mean) ? v - step : v + step;
        }

        return (1.0 + x) * v / (1.0 - v);
    }
}
