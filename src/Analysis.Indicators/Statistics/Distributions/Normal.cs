namespace Analysis.Statistics.Distributions;

/// <summary>The standard normal distribution: quantile Φ⁻¹ and distribution function Φ.</summary>
/// <remarks>
/// The quantile is Wichura's algorithm AS 241 (PPND16, Applied Statistics 37:477, 1988), relative error
/// about 1e-16, the same algorithm as R's <c>qnorm</c>. Φ is expressed through the regularised gamma
/// function: erfc(t) = Q(½, t²).
/// </remarks>
internal static class Normal
{
    // AS 241 coefficients, lowest power first.
    private static readonly double[] CentralNumerator =
    [
        3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
        45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
    ];

    private static readonly double[] CentralDenominator =
    [
        1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
        21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925,
    ];

    private static readonly double[] NearNumerator =
    [
        1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
        1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
    ];

    private static readonly double[] NearDenominator =
    [
        1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
        0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
    ];

    private static readonly double[] FarNumerator =
    [
        6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
        0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static readonly double[] FarDenominator =
    [
        1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
        7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
    ];

    /// <summary>Φ⁻¹(p), the z with P(Z ≤ z) = p.</summary>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0.0 || p > 1.0)
        {
            return double.NaN;
        }

        if (p == 0.0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1.0)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Horner(CentralNumerator, r) / Horner(CentralDenominator, r);
        }

        var tail = q < 0.0 ? p : 1.0 - p;
        var s = Math.Sqrt(-Math.Log(tail));
        var value = s <= 5.0
            ? Horner(NearNumerator, s - 1.6) / Horner(NearDenominator, s - 1.6)
            : Horner(FarNumerator, s - 5.0) / Horner(FarDenominator, s - 5.0);
        return q < 0.0 ? -value : value;
    }

    /// <summary>Φ(z) = P(Z ≤ z).</summary>
    public static double Cdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        // Φ(z) = ½ erfc(−z/√2) and erfc(t) = Q(½, t²) for t ≥ 0; the smaller tail is computed directly.
        var half = 0.5 * Gamma.UpperRegularized(0.5, 0.5 * z * z);
        return z < 0.0 ? half : 1.0 - half;
    }

    private static double Horner(double[] coefficients, double x)
    {
        var sum = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }
}
