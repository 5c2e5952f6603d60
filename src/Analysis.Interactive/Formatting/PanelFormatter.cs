using System.Globalization;
using Analysis.Data.Panels;

namespace Analysis.Interactive;

/// <summary>A panel in brief: its size and months, how completely each dataset covers it, and its first rows with the fields analysts look at first.</summary>
internal static class PanelFormatter
{
    public static Sheet Sheet(Panel panel, int rows)
    {
        var months = panel.Last.MonthsSince(panel.First) + 1;
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"Panel: {panel.Rows.Count:#,0} practice-months, {panel.Practices.Count():#,0} practices, {panel.First} to {panel.Last} ({months} months)"));
        sheet.Add(CoverageFormatter.Datasets(panel.Coverage));
        var table = new Table("First rows", "Practice", "Month", "ICB", "Registered patients", "Weighted patients", "Qualified GP FTE", "IMD decile");
        foreach (var row in panel.Rows.Take(rows))
        {
            table.Add(
                row.Name is { Length: > 0 } name ? $"{row.Practice} {name}" : row.Practice.ToString(),
                row.Month.ToString(),
                row.Geography.Icb?.Name ?? "–",
                Cell.Number(Whole(row.RegisteredPatients)),
                Cell.Number(Whole(row.WeightedPatients)),
                Cell.Number(ChartNumbers.Text((double?)row.Workforce?.QualifiedGpFte)),
                Cell.Number(row.DeprivationDecile?.ToString(CultureInfo.InvariantCulture) ?? "–"));
        }

        table.Shown(panel.Rows.Count);
        sheet.Add(table);
        return sheet;
    }

    private static string Whole(decimal? value) => value is { } v ? ChartNumbers.Count((double)v) : "–";
}
