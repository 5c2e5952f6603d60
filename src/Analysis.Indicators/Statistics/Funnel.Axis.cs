namespace Analysis.Statistics;

public static partial class Funnel
{
    /// <summary>
    /// PHE-IM's x-axis range for drawing: from 0 when the largest denominator exceeds twice the smallest, else the
    /// smallest rounded down (×0.95 to its leading digit), to the largest rounded up (×1.05 to two digits); for rates
    /// the rounding is of the per-year values, pass <paramref name="yearsOfData"/>.
    /// </summary>
    /// <remarks>
    /// METHODS.md §7, axis points (drawing only). For rates, PHE-IM then turns the range into events with
    /// floor(minimum × average) and ceiling(maximum × average) before calling <see cref="AxisPoints"/>.
    /// </remarks>
    public static (double Minimum, double Maximum) AxisRange(double minimumDenominator, double maximumDenominator, double yearsOfData = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(yearsOfData);
        var minimum = maximumDenominator > 2.0 * minimumDenominator
            ? 0.0
            : RoundDown(minimumDenominator / yearsOfData) * yearsOfData;
        return (minimum, RoundUp(maximumDenominator / yearsOfData) * yearsOfData);
    }

    /// <summary>
    /// The 100 x-values of a PHE funnel table: from max(1, minimum), each step growing geometrically towards the
    /// maximum (rounded to a whole number) and at least 1 above the previous.
    /// </summary>
    /// <param name="axisMinimum">The start of the axis (see <see cref="AxisRange"/>).</param>
    /// <param name="axisMaximum">The end of the axis.</param>
    /// <param name="forRatios">Ratio tables spread their steps one place later than proportion and rate tables.</param>
    public static IReadOnlyList<double> AxisPoints(double axisMinimum, double axisMaximum, bool forRatios = false)
    {
        var points = new double[100];
        points[0] = Math.Max(1.0, axisMinimum);
        for (var j = 2; j <= 100; j++)
        {
            var offset = forRatios ? j - 1 : j;
            var previous = points[j - 2];
            var step = Math.Round(Math.Pow(axisMaximum / previous, 1.0 / (101 - offset)) * previous, MidpointRounding.ToEven);
            points[j - 1] = Math.Max(step, previous + 1.0);
        }

        return points;
    }

    /// <summary>R's <c>signif.floor</c>: 95% of x rounded down to its leading digit.</summary>
    private static double RoundDown(double x)
    {
        if (x == 0.0)
        {
            return 0.0;
        }

        var scaled = x * 0.95;
        var power = Math.Pow(10, Digits(Math.Floor(scaled)) - 1);
        return Math.Floor(scaled / power) * power;
    }

    /// <summary>R's <c>signif.ceiling</c>: 105% of x rounded up to two leading digits.</summary>
    private static double RoundUp(double x)
    {
        if (x == 0.0)
        {
            return 0.0;
        }

        var scaled = x * 1.05;
        var power = Math.Pow(10, Digits(Math.Ceiling(scaled)) - 2);
        return Math.Ceiling(scaled / power) * power;
    }

    /// <summary>The number of decimal digits of a whole number (R's <c>nchar</c> of it; 0 has one).</summary>
    private static int Digits(double whole) =>
        whole.ToString("F0", System.Globalization.CultureInfo.InvariantCulture).Length;
}
