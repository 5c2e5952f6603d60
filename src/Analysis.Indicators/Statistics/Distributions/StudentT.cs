namespace Analysis.Statistics.Distributions;

/// <summary>Student's t distribution: upper-tail probability, density and quantile, as R's <c>pt</c>/<c>qt</c>.</summary>
/// <remarks>
/// P(T &gt; t) = ½·I_{ν/(ν+t²)}(ν/2, ½). The quantile starts from the exact forms for ν = 1 and 2 or the
/// Cornish–Fisher expansion (Abramowitz &amp; Stegun 26.7.5) and is polished by safeguarded Newton steps.
/// </remarks>
internal static class StudentT
{
    /// <summary>P(T &gt; t) for t ≥ 0 with ν degrees of freedom.</summary>
    public static double UpperTail(double t, double degreesOfFreedom)
    {
        if (t <= 0.0)
        {
            return t == 0.0 ? 0.5 : 1.0 - UpperTail(-t, degreesOfFreedom);
        }

        if (double.IsPositiveInfinity(t))
        {
            return 0.0;
        }

        var t2 = t * t;
        var x = degreesOfFreedom / (degreesOfFreedom + t2);
        var y = t2 / (degreesOfFreedom + t2);
        return 0.5 * Beta.Regularized(x, y, 0.5 * degreesOfFreedom, 0.5).Value;
    }

    /// <summary>The density of t with ν degrees of freedom.</summary>
    public static double Density(double t, double degreesOfFreedom)
    {
        var nu = degreesOfFreedom;
        var log = Gamma.LogGammaRatio(0.5 * nu, 0.5) - (0.5 * Math.Log(nu * Math.PI))
            - (0.5 * (nu + 1.0) * Logarithms.OnePlus(t * t / nu));
        return Math.Exp(log);
    }

    /// <summary>The t with P(T ≤ t) = p.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (double.IsNaN(p) || double.IsNaN(degreesOfFreedom) || degreesOfFreedom <= 0.0 || p < 0.0 || p > 1.0)
        {
            return double.NaN;
        }

        if (p == 0.5)
        {
            return 0.0;
        }

        return p > 0.5 ? UpperQuantile(1.0 - p, degreesOfFreedom) : -UpperQuantile(p, degreesOfFreedom);
    }

    /// <summary>The t ≥ 0 with P(T &gt; t) = alpha, for 0 &lt; alpha ≤ ½.</summary>
    private static double UpperQuantile(double alpha, double nu)
    {
        if (alpha == 0.0)
        {
            return double.PositiveInfinity;
        }

        var t = InitialGuess(alpha, nu);
        var lo = 0.0;
        var hi = double.PositiveInfinity;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var f = UpperTail(t, nu) - alpha;
            if (f == 0.0)
            {
                return t;
            }

            // The tail falls as t grows: too much tail means t is too small.
            if (f > 0.0)
            {
                lo = t;
            }
            else
            {
                hi = t;
            }

            var density = Density(t, nu);
            var next = density > 0.0 ? t + (f / density) : double.NaN;
            if (double.IsNaN(next) || next <= lo || next >= hi)
            {
                next = double.IsPositiveInfinity(hi) ? (2.0 * t) + 1.0 : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - t) <= 2e-16 * Math.Abs(next) || (!double.IsPositiveInfinity(hi) && hi - lo <= 2e-16 * hi))
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    private static double InitialGuess(double alpha, double nu)
    {
        if (nu == 1.0)
        {
            return 1.0 / Math.Tan(Math.PI * alpha);
        }

        if (nu == 2.0)
        {
            var d = 1.0 - (2.0 * alpha);
            return d * Math.Sqrt(2.0 / (4.0 * alpha * (1.0 - alpha)));
        }

        var z = Normal.Quantile(1.0 - alpha);
        var z2 = z * z;
        var g1 = ((z2 + 1.0) * z) / 4.0;
        var g2 = ((((5.0 * z2) + 16.0) * z2) + 3.0) * z / 96.0;
        var g3 = ((((((3.0 * z2) + 19.0) * z2) + 17.0) * z2) - 15.0) * z / 384.0;
        var g4 = ((((((((79.0 * z2) + 776.0) * z2) + 1482.0) * z2) - 1920.0) * z2) - 945.0) * z / 92160.0;
        var guess = z + (((((((g4 / nu) + g3) / nu) + g2) / nu) + g1) / nu);
        return guess > 0.0 ? guess : z;
    }
}
