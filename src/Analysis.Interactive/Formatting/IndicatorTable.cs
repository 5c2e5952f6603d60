using System.Globalization;

namespace Analysis.Interactive;

/// <summary>
/// One indicator's values with its definition, so they display with units, intervals and comparisons coloured by
/// polarity (made by <see cref="IndicatorTables.Table"/>); <see cref="Worst"/> and <see cref="Best"/> pick by rank.
/// </summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Values">Its values, in the order shown.</param>
/// <param name="Options">The engine options the values were computed with (the confidence level).</param>
/// <param name="Level">The level of the areas.</param>
public sealed record IndicatorTable(IndicatorDefinition Definition, IReadOnlyList<IndicatorValue> Values, EngineOptions Options, Level Level)
{
    /// <summary>The <paramref name="count"/> areas ranked worst (for a shortfall, the largest gaps as a share of need), worst first.</summary>
    public IndicatorTable Worst(int count = 10) =>
        this with { Values = [.. Values.Where(v => v.Rank is not null).OrderByDescending(v => v.Rank).ThenBy(v => v.AreaCode, StringComparer.Ordinal).Take(count)] };

    /// <summary>The <paramref name="count"/> areas ranked best, best first.</summary>
    public IndicatorTable Best(int count = 10) =>
        this with { Values = [.. Values.Where(v => v.Rank is not null).OrderBy(v => v.Rank).ThenBy(v => v.AreaCode, StringComparer.Ordinal).Take(count)] };

    internal Sheet Sheet(int rows)
    {
        var d = Definition;
        var unit = IndicatorText.Unit(d);
        var periods = Values.Select(v => v.Period).Distinct().Order().ToList();
        var when = periods.Count switch
        {
            0 => "no values",
            1 => periods[0].ToString(),
            _ => string.Create(CultureInfo.InvariantCulture, $"{periods[0]} to {periods[^1]}"),
        };
        var sheet = new Sheet($"{d.Id} {d.Title}");
        var england = Values.Select(v => d.ValueType == IndicatorValueType.Shortfall ? v.Target : v.England).FirstOrDefault(e => e is not null);
        var benchmark = england is null ? string.Empty
            : $"; {(d.ValueType == IndicatorValueType.Shortfall ? "target" : "England")} {IndicatorText.WithUnit(d, england)}";
        sheet.Line(string.Create(CultureInfo.InvariantCulture, $"{LevelText.Plural(Level)}, {when}: {Values.Count:#,0} values{benchmark}. {Direction(d)}"));
        var table = d.ValueType == IndicatorValueType.Shortfall ? ShortfallTable(rows, periods.Count > 1) : ValueTable(unit, rows, periods.Count > 1);
        table.Shown(Values.Count);
        sheet.Add(table);
        return sheet;
    }

    private Table ValueTable(string unit, int rows, bool withPeriod)
    {
        var d = Definition;
        var headers = new List<string> { "Area" };
        if (withPeriod)
        {
            headers.Add("Month");
        }

        headers.AddRange([unit.Length == 0 ? "Value" : $"Value ({unit})", IndicatorText.Ci(Options), "England", "Compared with England", "Rank", "Quintile", "Funnel"]);
        var table = new Table(d.Id, [.. headers]);
        var higherIsBetter = d.Polarity switch { Polarity.HigherIsBetter => true, Polarity.LowerIsBetter => false, _ => (bool?)null };
        foreach (var v in Values.Take(rows))
        {
            var cells = new List<Cell> { IndicatorSlice.AreaLabel(v) };
            if (withPeriod)
            {
                cells.Add(v.Period.ToString());
            }

            cells.Add(v.Suppressed ? "suppressed" : Cell.Number(ChartNumbers.Text(v.Value)));
            cells.Add(v.Lower is { } l && v.Upper is { } u ? Cell.Number($"{ChartNumbers.Text(l)} to {ChartNumbers.Text(u)}") : "–");
            cells.Add(Cell.Number(ChartNumbers.Text(v.England)));
            cells.Add(ComparisonCell.Of(v));
            cells.Add(Cell.Number(v.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–"));
            cells.Add(Cell.Number(v.Quintile?.ToString(CultureInfo.InvariantCulture) ?? "–"));
            cells.Add(ComparisonCell.Funnel(v, higherIsBetter));
            table.Add([.. cells]);
        }

        return table;
    }

    private Table ShortfallTable(int rows, bool withPeriod)
    {
        var d = Definition;
        var gapUnit = d.Unit ?? "supply";
        var headers = new List<string> { "Area" };
        if (withPeriod)
        {
            headers.Add("Month");
        }

        headers.AddRange([$"Supply ({gapUnit})", "Need", $"Expected ({gapUnit})", $"Gap ({gapUnit})", "Gap %", "Rank", "Funnel"]);
        var table = new Table(d.Id, [.. headers]);
        foreach (var v in Values.Take(rows))
        {
            var cells = new List<Cell> { IndicatorSlice.AreaLabel(v) };
            if (withPeriod)
            {
                cells.Add(v.Period.ToString());
            }

            cells.Add(Cell.Number(ChartNumbers.Text(v.Numerator)));
            cells.Add(Cell.Number(ChartNumbers.Size(v.Denominator)));
            cells.Add(Cell.Number(ChartNumbers.Text(v.Expected)));
            cells.Add(new Cell(ChartNumbers.Text(v.Gap) + (v.Gap > 0 ? " short" : v.Gap < 0 ? " over" : string.Empty), Numeric: true, Style: v.Gap > 0 ? Styles.Worse : v.Gap < 0 ? Styles.Better : null));
            cells.Add(Cell.Number(ChartNumbers.Text(v.GapPercent)));
            cells.Add(Cell.Number(v.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–"));
            cells.Add(ComparisonCell.Funnel(v, higherIsBetter: true));
            table.Add([.. cells]);
        }

        return table;
    }

    private static string Direction(IndicatorDefinition d) => d.ValueType == IndicatorValueType.Shortfall
        ? "A positive gap is a shortfall; rank 1 has the smallest gap as a share of need."
        : d.Polarity switch
        {
            Polarity.HigherIsBetter => "Higher is better; rank 1 is the highest.",
            Polarity.LowerIsBetter => "Lower is better; rank 1 is the lowest.",
            _ => "Neither direction is better; rank 1 is the highest.",
        };
}
