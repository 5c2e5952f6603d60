namespace Analysis.Statistics.Distributions;

/// <summary>Logarithms near 1 computed without the cancellation of <c>Math.Log(1 + x)</c>.</summary>
/// <remarks>
/// .NET's <c>double.LogP1</c> is <c>Log(x + 1)</c>, which loses every digit of a tiny x; the gamma and
/// beta prefactors need <c>log(1 + x)</c> and <c>log(1 + x) − x</c> to full precision.
/// </remarks>
internal static class Logarithms
{
    /// <summary>log(1 + x), accurate for tiny x (Kahan's correction of the rounded argument).</summary>
    public static double OnePlus(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        // log(u) * x / (u - 1) cancels the rounding error made when forming u.
        return double.IsPositiveInfinity(u) ? Math.Log(u) : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>log(1 + x) − x, accurate near 0 where the two terms cancel.</summary>
    public static double OnePlusMinusX(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return OnePlus(x) - x;
        }

        // log(1 + x) = 2 atanh(r) with r = x / (2 + x); subtracting x exactly leaves -r·x + 2(r³/3 + r⁵/5 + …).
        var r = x / (2.0 + x);
        var r2 = r * r;
        var power = r * r2;
        var sum = 0.0;
        for (var k = 3; k < 200; k += 2)
        {
            var term = power / k;
            sum += term;
            if (Math.Abs(term) <= Math.Abs(sum) * 1e-17)
            {
                break;
            }

            power *= r2;
        }

        return (-r * x) + (2.0 * sum);
    }
}
