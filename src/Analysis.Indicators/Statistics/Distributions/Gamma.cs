namespace Analysis.Statistics.Distributions;

/// <summary>The log-gamma function and the regularised incomplete gamma functions P(a, x) and Q(a, x).</summary>
/// <remarks>
/// Series for x below a + 1 and Lentz's continued fraction above it (Numerical Recipes, 3rd edn, §6.2);
/// the prefactor xᵃe⁻ˣ/Γ(a) is formed through log(1 + u) − u for large a so that it keeps its relative
/// precision where the two large logarithms would cancel (Temme; DiDonato &amp; Morris 1986).
/// </remarks>
internal static class Gamma
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2.0 * Math.PI);

    // Lanczos approximation, g = 7, nine terms: relative error below 2e-15 for 0 < a < 10.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>log Γ(a) for a &gt; 0.</summary>
    public static double LogGamma(double a)
    {
        if (a >= 10.0)
        {
            return ((a - 0.5) * Math.Log(a)) - a + HalfLogTwoPi + StirlingCorrection(a);
        }

        if (a < 0.5)
        {
            // Γ(a) = Γ(a + 1) / a keeps the Lanczos sum in its accurate range.
            return LogGamma(a + 1.0) - Math.Log(a);
        }

        var z = a - 1.0;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (z + i);
        }

        var t = z + 7.5;
        return HalfLogTwoPi + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>log Γ(a + b) − log Γ(a) for b &gt; 0, without the cancellation of two large log-gammas.</summary>
    public static double LogGammaRatio(double a, double b)
    {
        if (a < 10.0)
        {
            return LogGamma(a + b) - LogGamma(a);
        }

        // Stirling for both terms: (a − ½)log(1 + b/a) + b·log(a + b) − b + corrections, each term moderate.
        return ((a - 0.5) * Logarithms.OnePlus(b / a)) + (b * Math.Log(a + b)) - b
            + StirlingCorrection(a + b) - StirlingCorrection(a);
    }

    /// <summary>Lower regularised incomplete gamma P(a, x) = γ(a, x)/Γ(a).</summary>
    public static double LowerRegularized(double a, double x) => Regularized(a, x).Lower;

    /// <summary>Upper regularised incomplete gamma Q(a, x) = 1 − P(a, x), computed without cancellation.</summary>
    public static double UpperRegularized(double a, double x) => Regularized(a, x).Upper;

    /// <summary>Both P(a, x) and Q(a, x); the smaller of the two carries full relative precision.</summary>
    public static (double Lower, double Upper) Regularized(double a, double x)
    {
        if (double.IsNaN(a) || double.IsNaN(x) || a <= 0.0 || x < 0.0)
        {
            return (double.NaN, double.NaN);
        }

        if (x == 0.0)
        {
            return (0.0, 1.0);
        }

        if (double.IsPositiveInfinity(x))
        {
            return (1.0, 0.0);
        }

        var prefactor = Prefactor(a, x);
        if (x < a + 1.0)
        {
            var term = 1.0 / a;
            var sum = term;
            for (var n = 1; n < MaxIterations; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
                {
                    break;
                }
            }

            var lower = Math.Min(1.0, prefactor * sum);
            return (lower, 1.0 - lower);
        }

        // Modified Lentz evaluation of the continued fraction for Q.
        var b = x + 1.0 - a;
        var c = 1.0 / Tiny;
        var d = 1.0 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2.0;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1.0 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon)
            {
                break;
            }
        }

        var upper = Math.Min(1.0, prefactor * h);
        return (1.0 - upper, upper);
    }

    /// <summary>The density of the Gamma(a, 1) distribution at x, xᵃ⁻¹e⁻ˣ/Γ(a).</summary>
    public static double Density(double a, double x) => x <= 0.0 ? (a == 1.0 && x == 0.0 ? 1.0 : 0.0) : Prefactor(a, x) / x;

    /// <summary>
    /// The x with P(a, x) = p (equivalently Q(a, x) = q, where q = 1 − p is passed separately so that an
    /// upper tail keeps its precision). Halley steps inside a shrinking bracket, falling back to bisection.
    /// </summary>
    public static double InverseRegularized(double a, double p, double q)
    {
        if (double.IsNaN(a) || double.IsNaN(p) || double.IsNaN(q) || a < 0.0 || p < 0.0 || q < 0.0)
        {
            return double.NaN;
        }

        if (a == 0.0 || p == 0.0)
        {
            return 0.0;
        }

        if (q == 0.0)
        {
            return double.PositiveInfinity;
        }

        var useLower = p <= q;
        var x = InitialGuess(a, p, q);
        var lo = 0.0;
        var hi = double.PositiveInfinity;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (lower, upper) = Regularized(a, x);

            // f increases with x in both forms; the form used is the one whose target is the small tail.
            var f = useLower ? lower - p : q - upper;
            if (f == 0.0)
            {
                return x;
            }

            if (f < 0.0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            var density = Density(a, x);
            double next;
            if (density > 0.0 && !double.IsInfinity(density))
            {
                var step = f / density;
                var curvature = ((a - 1.0) / x) - 1.0;
                var halley = 1.0 - (0.5 * Math.Min(1.0, Math.Max(-1.0, step * curvature)));
                next = x - (step / halley);
            }
            else
            {
                next = double.NaN;
            }

            if (double.IsNaN(next) || next <= lo || next >= hi)
            {
                next = double.IsPositiveInfinity(hi) ? Math.Max(2.0 * x, 1.0) : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 4e-16 * Math.Abs(next))
            {
                return next;
            }

            if (!double.IsPositiveInfinity(hi) && hi - lo <= 4e-16 * hi)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    private static double InitialGuess(double a, double p, double q)
    {
        if (a > 1.0)
        {
            // Wilson–Hilferty with a rational normal quantile (Numerical Recipes invgammp).
            var tail = Math.Min(p, q);
            var t = Math.Sqrt(-2.0 * Math.Log(tail));
            var z = ((2.30753 + (t * 0.27061)) / (1.0 + (t * (0.99229 + (t * 0.04481))))) - t;
            if (p > q)
            {
                z = -z;
            }

            var cube = 1.0 - (1.0 / (9.0 * a)) - (z / (3.0 * Math.Sqrt(a)));
            return Math.Max(1e-3, a * cube * cube * cube);
        }

        var edge = 1.0 - (a * (0.253 + (a * 0.12)));
        return p < edge
            ? Math.Max(Math.Pow(p / edge, 1.0 / a), 1e-300)
            : 1.0 - Math.Log(Math.Max(q, 1e-300) / (1.0 - edge));
    }

    /// <summary>xᵃe⁻ˣ/Γ(a), the common factor of the series and the continued fraction.</summary>
    private static double Prefactor(double a, double x)
    {
        if (a < 10.0)
        {
            return Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
        }

        // With x = a(1 + u): a·(log(1 + u) − u) + ½log a − ½log 2π − Stirling correction, no large terms.
        var u = (x - a) / a;
        return Math.Exp((a * Logarithms.OnePlusMinusX(u)) + (0.5 * Math.Log(a)) - HalfLogTwoPi - StirlingCorrection(a));
    }

    /// <summary>log Γ(a) − [(a − ½)log a − a + ½log 2π], the Stirling series, for a ≥ 10.</summary>
    private static double StirlingCorrection(double a)
    {
        var inverse = 1.0 / a;
        var inverse2 = inverse * inverse;
        return inverse * ((1.0 / 12.0) + (inverse2 * ((-1.0 / 360.0) + (inverse2 * ((1.0 / 1260.0)
            + (inverse2 * ((-1.0 / 1680.0) + (inverse2 * ((1.0 / 1188.0) + (inverse2 * ((-691.0 / 360360.0)
            + (inverse2 * (1.0 / 156.0)))))))))))));
    }
}
