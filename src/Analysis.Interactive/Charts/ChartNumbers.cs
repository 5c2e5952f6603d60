using System.Globalization;

namespace Analysis.Interactive;

/// <summary>
/// Numbers as charts carry and show them: values rounded to 12 significant digits before they enter a figure (so
/// last-bit differences between machines do not change the JSON), and short invariant texts for hover labels.
/// </summary>
internal static class ChartNumbers
{
    public static double Round(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : double.NaN;

    public static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Round(v) : null;

    public static double?[] Round(IEnumerable<double?> values) => [.. values.Select(Round)];

    public static double?[] Round(IEnumerable<double> values) => [.. values.Select(v => Round((double?)v))];

    /// <summary>A value for people to read: thousands separated above 1,000, then fewer decimals the larger it is.</summary>
    public static string Text(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 1000 ? "#,0" : magnitude >= 100 ? "0.0" : magnitude >= 1 ? "0.00" : "0.000";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Text(double? value) => value is { } v ? Text(v) : "–";

    /// <summary>A size (a denominator, an expected count): whole from 100 up, where decimals are noise to a reader.</summary>
    public static string Size(double? value) => value is { } v && Math.Abs(v) >= 100 ? Count(v) : Text(value);

    /// <summary>A whole count with thousands separated: 6,300.</summary>
    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
