using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Data.Periods;

namespace Analysis.Interactive;

/// <summary>The words charts and tables put around an indicator: its unit, axis titles, the name of its denominator.</summary>
internal static partial class IndicatorText
{
    /// <summary>The unit of <see cref="IndicatorValue.Value"/>: the script's unit, else one made from the value type and multiplier.</summary>
    public static string Unit(IndicatorDefinition d)
    {
        if (d.ValueType == IndicatorValueType.Shortfall)
        {
            // A shortfall's unit names its gap (FTE); its value is the supply rate per the multiplier of need.
            return $"{d.Unit ?? "supply"} per {ChartNumbers.Count(d.Multiplier)} of need";
        }

        if (!string.IsNullOrWhiteSpace(d.Unit))
        {
            return d.Unit;
        }

        return d.ValueType switch
        {
            IndicatorValueType.Proportion when d.Multiplier == 100 => "%",
            IndicatorValueType.Proportion => d.Multiplier == 1 ? "proportion" : $"per {ChartNumbers.Count(d.Multiplier)}",
            IndicatorValueType.Rate => $"per {ChartNumbers.Count(d.Multiplier)}",
            IndicatorValueType.IndirectlyStandardisedRatio => d.Multiplier == 100 ? "ratio × 100" : "ratio",
            _ => string.Empty,
        };
    }

    /// <summary>A value with its unit, "9.87 FTE per 10,000 weighted patients" or "72.40%".</summary>
    public static string WithUnit(IndicatorDefinition d, double? value)
    {
        var unit = Unit(d);
        var number = ChartNumbers.Text(value);
        return unit == "%" ? number + "%" : unit.Length == 0 || value is null ? number : number + " " + unit;
    }

    /// <summary>The value axis: the unit with a capital letter, or "Value".</summary>
    public static string ValueAxis(IndicatorDefinition d)
    {
        var unit = Unit(d);
        return unit.Length == 0 ? "Value" : unit == "%" ? "Per cent (%)" : char.ToUpperInvariant(unit[0]) + unit[1..];
    }

    /// <summary>What the funnel's size axis counts: expected events for a ratio, else the denominator named by the unit ("per 10,000 weighted patients").</summary>
    public static string SizeAxis(IndicatorDefinition d)
    {
        if (d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio)
        {
            return "Expected events";
        }

        var named = PerWhat().Match(d.Unit ?? string.Empty);
        return d.ValueType == IndicatorValueType.Shortfall ? "Need (denominator)"
            : named.Success ? "Denominator: " + named.Groups["what"].Value
            : "Denominator";
    }

    /// <summary>"WF01 Fully qualified GPs … (2023-03)".</summary>
    public static string Title(IndicatorDefinition d, Month? period) =>
        period is { } p ? string.Create(CultureInfo.InvariantCulture, $"{d.Id} {d.Title} ({p})") : $"{d.Id} {d.Title}";

    /// <summary>"95% CI" at the engine's confidence level.</summary>
    public static string Ci(EngineOptions options) =>
        (options.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture) + "% CI";

    /// <summary>" (95% CI 8.10 to 11.20)", or nothing without an interval.</summary>
    public static string Interval(IndicatorValue v, EngineOptions options) =>
        v.Lower is { } l && v.Upper is { } u ? $" ({Ci(options)} {ChartNumbers.Text(l)} to {ChartNumbers.Text(u)})" : string.Empty;

    [GeneratedRegex(@"per [\d,]+ (?<what>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PerWhat();
}
