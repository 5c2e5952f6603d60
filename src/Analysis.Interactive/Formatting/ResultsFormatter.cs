using System.Globalization;
using Analysis.Statistics;

namespace Analysis.Interactive;

/// <summary>
/// A run's results in brief: one row per indicator with its month, how many areas have a value, England's value
/// with its unit, how many areas are better, similar or worse, and its coverage — not the thousands of values.
/// </summary>
internal static class ResultsFormatter
{
    public static Sheet Sheet(IndicatorResults results)
    {
        var byIndicator = results.Values.ToLookup(v => v.IndicatorId, StringComparer.Ordinal);
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"Indicator results: {results.Indicators.Count} indicators by {LevelText.Plural(results.Level).ToLowerInvariant()}, {results.Values.Count:#,0} values"));
        sheet.Line("Show one indicator's values with results.Table(\"ID\"); draw it with Charts.Funnel(results, \"ID\").");
        var table = new Table("Indicators", "Indicator", "Title", "Month", "Areas with a value", "England", "▲ / ● / ▼ against England", "Practice-months used");
        foreach (var (d, k) in results.Indicators.Select((d, k) => (d, k)))
        {
            var values = byIndicator[d.Id].ToList();
            var months = values.Select(v => v.Period).Distinct().Order().ToList();
            var latest = months.Count == 0 ? [] : values.Where(v => v.Period == months[^1]).ToList();
            var coverage = k < results.Coverage.Count ? results.Coverage[k] : null;
            table.Add(
                d.Id,
                d.Title,
                months.Count switch { 0 => "–", 1 => months[0].ToString(), _ => $"{months[0]} to {months[^1]}" },
                Cell.Number(string.Create(CultureInfo.InvariantCulture, $"{latest.Count(v => v.Value is not null):#,0} of {latest.Count:#,0}")),
                Cell.Number(IndicatorText.WithUnit(d, latest.Select(v => v.England).FirstOrDefault(e => e is not null))),
                Cell.Number(Tally(latest)),
                Cell.Number(coverage is null ? "–" : Share(coverage.RowsUsed, coverage.RowsInPeriod)));
        }

        sheet.Add(table);
        return sheet;
    }

    /// <summary>"12 / 25 / 5": significantly above, similar to and below England, whatever the polarity says of them.</summary>
    private static string Tally(IReadOnlyList<IndicatorValue> values)
    {
        var compared = values.Where(v => v.Comparison != BenchmarkOutcome.NotCompared).ToList();
        if (compared.Count == 0)
        {
            return "–";
        }

        var similar = compared.Count(v => v.Comparison == BenchmarkOutcome.Similar);
        var above = compared.Count(v => v.Comparison != BenchmarkOutcome.Similar && v.Value > v.England);
        return string.Create(CultureInfo.InvariantCulture, $"{above} / {similar} / {compared.Count - similar - above}");
    }

    private static string Share(int part, int whole) => whole == 0
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{part:#,0} of {whole:#,0} ({100.0 * part / whole:0.0}%)");
}
