using System.Globalization;
using Analysis.Data;

namespace Analysis.Interactive;

/// <summary>Loaded NHS data in brief: each file read with its publication, vintage, rows and problems, and the files that could not be read.</summary>
internal static class DataFormatter
{
    public static Sheet Sheet(NhsData data, int rows)
    {
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"NHS data: {data.Reports.Count} files read, {data.Reports.Sum(r => (long)r.RowsRead):#,0} rows, {data.Unreadable.Count} unreadable"));
        var files = new Table("Files", "File", "Publication", "Vintage", "Period", "Rows read", "Rejected", "Problems");
        foreach (var report in data.Reports.OrderBy(r => r.Kind).ThenBy(r => r.Path, StringComparer.Ordinal).Take(rows * 3))
        {
            files.Add(
                Path.GetFileName(report.Path),
                report.Kind.ToString(),
                report.Vintage,
                report.Period ?? "–",
                Cell.Number(ChartNumbers.Count(report.RowsRead)),
                Cell.Number(ChartNumbers.Count(report.RowsRejected)),
                Cell.Number(ChartNumbers.Count(report.IssueCount)));
        }

        files.Shown(data.Reports.Count);
        sheet.Add(files);
        if (data.Unreadable.Count > 0)
        {
            var unreadable = new Table("Files not read", "File", "Reason");
            foreach (var file in data.Unreadable.Take(rows))
            {
                unreadable.Add(Path.GetFileName(file.Path), file.Reason);
            }

            unreadable.Shown(data.Unreadable.Count);
            sheet.Add(unreadable);
        }

        return sheet;
    }
}
