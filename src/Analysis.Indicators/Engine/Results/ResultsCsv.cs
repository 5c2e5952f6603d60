using Analysis.Data;
using System.Globalization;
using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Results;

/// <summary>Writes indicator values as CSV: one row per indicator, area and month, invariant culture, blanks for no value.</summary>
internal static class ResultsCsv
{
    private static readonly string[] Header =
    [
        "indicator_id", "level", "area_code", "area_name", "period", "numerator", "denominator", "expected", "value", "lower", "upper",
        "england", "comparison", "suppressed", "practices", "excluded", "missing", "target", "gap", "gap_percent", "rank", "quintile",
        "funnel_lower_95", "funnel_upper_95", "funnel_lower_998", "funnel_upper_998", "funnel",
    ];

    public static void Write(IndicatorResults results, string path) => AtomicFile.Write(path, stream =>
    {
        using var writer = ResultText.Writer(stream);
        writer.WriteLine(string.Join(',', Header));
        foreach (var v in results.Values)
        {
            string[] cells =
            [
                Text(v.IndicatorId), v.Level.ToString(), Text(v.AreaCode), Text(v.AreaName), v.Period.ToString(),
                Number(v.Numerator), Number(v.Denominator), Number(v.Expected), Number(v.Value), Number(v.Lower), Number(v.Upper),
                Number(v.England), v.Comparison == BenchmarkOutcome.NotCompared ? string.Empty : v.Comparison.ToString(),
                v.Suppressed ? "true" : "false", Whole(v.Practices), Whole(v.Excluded), Whole(v.Missing),
                Number(v.Target), Number(v.Gap), Number(v.GapPercent), Whole(v.Rank), Whole(v.Quintile),
                Number(v.FunnelLower95), Number(v.FunnelUpper95), Number(v.FunnelLower998), Number(v.FunnelUpper998),
                v.Funnel == FunnelSignal.NotApplicable ? string.Empty : v.Funnel.ToString(),
            ];
            writer.WriteLine(string.Join(',', cells));
        }
    });

    /// <summary>Coverage as CSV: one row per indicator and reason (kind used, excluded or missing).</summary>
    public static void WriteCoverage(IndicatorResults results, string path) => AtomicFile.Write(path, stream =>
    {
        using var writer = ResultText.Writer(stream);
        writer.WriteLine("indicator_id,periods,kind,reason,rows");
        foreach (var c in results.Coverage)
        {
            var periods = c.Periods.Count == 0 ? string.Empty : c.Periods.Count == 1 ? c.Periods[0].ToString() : $"{c.Periods[0]}..{c.Periods[^1]}";
            writer.WriteLine($"{Text(c.IndicatorId)},{periods},in period,,{Whole(c.RowsInPeriod)}");
            writer.WriteLine($"{Text(c.IndicatorId)},{periods},used,,{Whole(c.RowsUsed)}");
            writer.WriteLine($"{Text(c.IndicatorId)},{periods},without area,,{Whole(c.RowsWithoutArea)}");
            foreach (var r in c.Excluded)
            {
                writer.WriteLine($"{Text(c.IndicatorId)},{periods},excluded,{Text(r.Reason)},{Whole(r.Rows)}");
            }

            foreach (var r in c.Missing)
            {
                writer.WriteLine($"{Text(c.IndicatorId)},{periods},missing,{Text(r.Reason)},{Whole(r.Rows)}");
            }
        }
    });

    // Fifteen significant digits: all a double holds reliably, and sums of decimal data print as the data does (740.48, not 740.4800000000004).
    private static string Number(double? value) => value is { } v ? v.ToString("G15", CultureInfo.InvariantCulture) : string.Empty;

    private static string Whole(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    // RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes.
    private static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
