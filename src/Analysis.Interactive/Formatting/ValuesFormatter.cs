using System.Globalization;

namespace Analysis.Interactive;

/// <summary>
/// Indicator values without their definition (a LINQ query over <see cref="IndicatorResults.Values"/>): the first
/// rows with value, interval, England and the comparison; use <see cref="IndicatorTables.Table"/> for units.
/// </summary>
internal static class ValuesFormatter
{
    public static Sheet Sheet(IEnumerable<IndicatorValue> values, int rows)
    {
        var first = new List<IndicatorValue>();
        var total = 0;
        foreach (var v in values)
        {
            if (total++ < rows)
            {
                first.Add(v);
            }
        }

        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture, $"Indicator values: {total:#,0} {(total == 1 ? "row" : "rows")}"));
        var table = new Table("Values", "Area", "Indicator", "Month", "Value", "Interval", "England", "Compared with England", "Rank", "Funnel");
        foreach (var v in first)
        {
            table.Add(
                IndicatorSlice.AreaLabel(v),
                v.IndicatorId,
                v.Period.ToString(),
                v.Suppressed ? "suppressed" : Cell.Number(ChartNumbers.Text(v.Value)),
                v.Lower is { } l && v.Upper is { } u ? Cell.Number($"{ChartNumbers.Text(l)} to {ChartNumbers.Text(u)}") : "–",
                Cell.Number(ChartNumbers.Text(v.England)),
                ComparisonCell.Of(v),
                Cell.Number(v.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–"),
                ComparisonCell.Funnel(v, higherIsBetter: null));
        }

        table.Shown(total);
        sheet.Add(table);
        return sheet;
    }
}
