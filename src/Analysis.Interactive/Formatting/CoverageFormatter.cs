using System.Globalization;
using Analysis.Data.Panels;

namespace Analysis.Interactive;

/// <summary>A coverage report in brief: each dataset's share of practice-months covered and why the rest are missing, and the first gaps.</summary>
internal static class CoverageFormatter
{
    public static Sheet Sheet(CoverageReport coverage, int rows)
    {
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"Coverage: {coverage.Datasets.Count} datasets, {coverage.Gaps.Count:#,0} gaps (runs of months a practice is missing from a dataset)"));
        sheet.Add(Datasets(coverage));
        var gaps = new Table("First gaps", "Practice", "Dataset", "From", "To", "Months", "Reason");
        foreach (var gap in coverage.Gaps.Take(rows))
        {
            gaps.Add(gap.Practice.ToString(), gap.Dataset.ToString(), gap.From.ToString(), gap.To.ToString(), Cell.Number(gap.Months.ToString(CultureInfo.InvariantCulture)), Reason(gap.Reason));
        }

        gaps.Shown(coverage.Gaps.Count);
        if (gaps.Count > 0)
        {
            sheet.Add(gaps);
        }

        return sheet;
    }

    public static Table Datasets(CoverageReport coverage)
    {
        var table = new Table("Dataset coverage", "Dataset", "Practice-months", "Covered", "Share", "Missing, by reason");
        foreach (var dataset in coverage.Datasets)
        {
            table.Add(
                dataset.Dataset.ToString(),
                Cell.Number(ChartNumbers.Count(dataset.PracticeMonths)),
                Cell.Number(ChartNumbers.Count(dataset.Covered)),
                Cell.Number(string.Create(CultureInfo.InvariantCulture, $"{dataset.Share * 100:0.0}%")),
                dataset.Missing.Count == 0 ? "–" : string.Join("; ", dataset.Missing.Where(m => m.Value > 0).OrderByDescending(m => m.Value).Select(m => $"{Reason(m.Key)} {ChartNumbers.Count(m.Value)}")));
        }

        return table;
    }

    private static string Reason(MissingReason reason) => reason switch
    {
        MissingReason.NoPublicationForPeriod => "no file for the month",
        MissingReason.RecentlyOpened => "recently opened",
        MissingReason.ClosingOrMerging => "closing or merging",
        MissingReason.NotInPublication => "not listed",
        _ => reason.ToString(),
    };
}
