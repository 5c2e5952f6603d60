namespace Analysis.Statistics.Distributions;

/// <summary>The regularised incomplete beta function Iₓ(a, b), the engine of Student's t distribution.</summary>
/// <remarks>
/// Lentz's continued fraction (Numerical Recipes, 3rd edn, §6.4) on whichever side of the mean converges;
/// both x and y = 1 − x are passed so that y keeps its digits when x is close to 1.
/// </remarks>
internal static class Beta
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;

    /// <summary>Iₓ(a, b) and its complement 1 − Iₓ(a, b), where y = 1 − x.</summary>
    public static (double Value, double Complement) Regularized(double x, double y, double a, double b)
    {
        if (x <= 0.0)
        {
            return (0.0, 1.0);
        }

        if (y <= 0.0)
        {
            return (1.0, 0.0);
        }

        // −log B(a, b), taking the ratio from the larger argument so that large a does not cancel.
        var minusLogBeta = a >= b
            ? Gamma.LogGammaRatio(a, b) - Gamma.LogGamma(b)
            : Gamma.LogGammaRatio(b, a) - Gamma.LogGamma(a);
        var logFront = y < x
            ? minusLogBeta + (a * Logarithms.OnePlus(-y)) + (b * Math.Log(y))
            : minusLogBeta + (a * Math.Log(x)) + (b * Logarithms.OnePlus(-x));

        var front = Math.Exp(logFront);
        if (x < (a + 1.0) / (a + b + 2.0))
        {
            var value = front * ContinuedFraction(x, a, b) / a;
            return (value, 1.0 - value);
        }

        var complement = front * ContinuedFraction(y, b, a) / b;
        return (1.0 - complement, complement);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        var qab = a + b;
        var qap = a + 1.0;
        var qam = a - 1.0;
        var c = 1.0;
        var d = 1.0 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1.0 / d;
        var h = d;
        for (var m = 1; m < 100_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1.0 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1.0 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
