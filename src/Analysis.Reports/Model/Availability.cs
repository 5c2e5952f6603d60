using System.Globalization;
using Analysis.Data.Panels;

namespace Analysis.Reports;

/// <summary>
/// Why an indicator or a section has nothing to show, in words taken from the coverage the panel and the engine
/// report: which publication no file was loaded for, or which reason left every practice-month out.
/// </summary>
internal static class Availability
{
    /// <summary>Null when the indicator has values; else "Unavailable: …" with the reason.</summary>
    public static string? Reason(IndicatorDefinition d, IndicatorCoverage coverage, CoverageReport panel)
    {
        if (coverage.RowsUsed > 0)
        {
            return null;
        }

        var absent = d.Datasets.Where(ds => IsAbsent(panel, ds)).Select(DatasetNames.Of).ToList();
        if (absent.Count > 0)
        {
            return $"Unavailable: no {string.Join(" or ", absent)} data was loaded, so no practice has a value";
        }

        if (coverage.Missing.Count > 0)
        {
            var top = coverage.Missing[0];
            return Invariant($"Unavailable: {top.Reason} for {top.Rows:#,0} of {coverage.RowsInPeriod:#,0} practice-months in {Period(coverage)}");
        }

        if (coverage.Excluded.Count > 0)
        {
            var top = coverage.Excluded[0];
            return Invariant($"Unavailable: every practice-month in {Period(coverage)} was excluded (most for: {top.Reason})");
        }

        return $"Unavailable: no practice has a record in {Period(coverage)}";
    }

    /// <summary>True when no file of the dataset's publication was loaded for any month.</summary>
    public static bool IsAbsent(CoverageReport panel, PanelDataset dataset) =>
        panel.Datasets.FirstOrDefault(c => c.Dataset == dataset) is not { } c || (c.Covered == 0 && c.PracticeMonths > 0);

    /// <summary>Why the under-doctored tables are empty: which of the two publications they need is missing.</summary>
    public static string Supply(CoverageReport panel)
    {
        var absent = new[] { PanelDataset.Workforce, PanelDataset.Payments }.Where(ds => IsAbsent(panel, ds)).Select(DatasetNames.Of).ToList();
        return absent.Count > 0
            ? $"Unavailable: no {string.Join(" or ", absent)} data was loaded; the table needs GP FTE (workforce) and weighted patients (payments) in the same month"
            : "Unavailable: no month has both GP FTE (workforce) and weighted patients (payments) for any practice";
    }

    private static string Period(IndicatorCoverage coverage) => coverage.Periods.Count switch
    {
        0 => "any month",
        1 => coverage.Periods[0].ToString(),
        _ => $"{coverage.Periods[0]} to {coverage.Periods[^1]}",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
