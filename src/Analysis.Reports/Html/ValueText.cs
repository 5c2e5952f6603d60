using System.Globalization;

namespace Analysis.Reports;

/// <summary>Numbers as a reader sees them on the site: fewer decimals the larger the value, thousands separated, a dash for none.</summary>
internal static class ValueText
{
    public const string None = "–";

    public static string Number(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return None;
        }

        var magnitude = Math.Abs(v);
        var format = magnitude >= 1000 ? "#,0" : magnitude >= 100 ? "0.0" : magnitude >= 1 ? "0.00" : "0.000";
        var text = v.ToString(format, CultureInfo.InvariantCulture);
        return text is "-0" or "-0.0" or "-0.00" or "-0.000" ? text[1..] : text;
    }

    public static string Number(decimal value) => Number((double)value);

    /// <summary>A whole count: 6,300.</summary>
    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>FTE to one decimal place: 1,234.5.</summary>
    public static string Fte(decimal value) => value.ToString("#,0.0", CultureInfo.InvariantCulture);

    /// <summary>A percentage to one decimal place: 12.3%.</summary>
    public static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Percent(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>A value with the indicator's unit: "5.12 FTE per 10,000 weighted patients", "72.40%".</summary>
    public static string WithUnit(IndicatorDefinition d, double? value)
    {
        var number = Number(value);
        var unit = Unit(d);
        return value is null || unit.Length == 0 ? number
            : unit.StartsWith('%') ? number + unit
            : unit.StartsWith("£ ", StringComparison.Ordinal) ? "£" + number + unit[1..]
            : number + " " + unit;
    }

    /// <summary>
    /// The unit of a value: the script's own, else one made from the value type. A shortfall's unit names its gap
    /// (FTE); its value is the supply rate, so the unit says so.
    /// </summary>
    public static string Unit(IndicatorDefinition d)
    {
        if (d.ValueType == IndicatorValueType.Shortfall)
        {
            return "per " + Count(d.Multiplier) + " of need";
        }

        if (!string.IsNullOrWhiteSpace(d.Unit))
        {
            return d.Unit;
        }

        return d.ValueType switch
        {
            IndicatorValueType.Proportion when d.Multiplier == 100 => "%",
            IndicatorValueType.Proportion or IndicatorValueType.Rate when d.Multiplier != 1 => "per " + Count(d.Multiplier),
            _ => string.Empty,
        };
    }

    /// <summary>The longer description of the unit for the methods page ("% of respondents").</summary>
    public static string UnitDescription(IndicatorDefinition d) =>
        d.ValueType == IndicatorValueType.Shortfall ? $"{Unit(d)}; gap in {d.Unit ?? "units of supply"}" : d.Unit ?? Unit(d);
}
