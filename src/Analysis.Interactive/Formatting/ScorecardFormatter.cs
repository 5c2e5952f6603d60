using System.Globalization;
using Analysis.Indicators.Review;

namespace Analysis.Interactive;

/// <summary>
/// A scorecard assessment as a notebook shows it: how many indicators each recommendation got, one row per indicator
/// with its figures and the recommendation coloured (blue publish, amber with caveats, vermillion do not publish)
/// with its reasons, and the duplicate clusters with the member kept. Figures that do not apply say so.
/// </summary>
internal static class ScorecardFormatter
{
    public static Sheet Sheet(ScorecardAssessment assessment)
    {
        var rows = assessment.Rows;
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"Scorecard candidates: {rows.Count} indicators; {Count(rows, ScorecardRecommendation.Publish)} publish, {Count(rows, ScorecardRecommendation.PublishWithCaveats)} publish with caveats, {Count(rows, ScorecardRecommendation.DoNotPublish)} do not publish"));
        sheet.Line("Each indicator in its latest month with data, judged by the thresholds in ReviewThresholds. Of indicators that rank practices alike (|ρ| ≥ 0.9) one is kept: " + ScorecardAssessment.KeepRule + ".");
        sheet.Add(Table(rows, "Recommendations"));
        var clusters = Clusters(assessment);
        if (clusters.Count > 0)
        {
            sheet.Add(clusters);
        }

        return sheet;
    }

    public static Sheet Sheet(IEnumerable<ScorecardRow> rows)
    {
        var all = rows.ToList();
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture, $"{all.Count} scorecard candidates"));
        sheet.Add(Table(all, "Recommendations"));
        return sheet;
    }

    public static string Words(ScorecardRecommendation recommendation) => recommendation switch
    {
        ScorecardRecommendation.Publish => "Publish",
        ScorecardRecommendation.PublishWithCaveats => "Publish with caveats",
        _ => "Do not publish",
    };

    private static Table Table(IReadOnlyList<ScorecardRow> rows, string caption)
    {
        var table = new Table(caption, "Indicator", "Title", "Month", "Coverage", "Suppressed", "Outside 99.8%", "φ", "Year-on-year ρ", "Deprivation ρ", "|SII| / England", "Strongest correlate", "Cluster", "Recommendation", "Reasons");
        foreach (var r in rows)
        {
            var funnel = r.FunnelNotApplicable is null ? null : "not applicable";
            table.Add(
                r.Id,
                r.Title,
                r.Period.ToString(),
                Percent(r.Coverage),
                Percent(r.Suppressed),
                r.ShareOutside998 is { } o ? Percent(o) : funnel ?? "–",
                r.Phi is { } phi ? Number(phi) : funnel ?? "–",
                r.Stability?.Rho is { } s ? Number(s) : "–",
                r.DeprivationRho is { } d ? Number(d) : "–",
                r.SiiShareOfEngland is { } sii ? Percent(sii) : "–",
                r.StrongestCorrelate is { Rho: { } rho } c ? string.Create(CultureInfo.InvariantCulture, $"{c.IndicatorId} ({rho:0.00})") : "–",
                Cell.Number(r.Cluster.ToString(CultureInfo.InvariantCulture)),
                new Cell(Words(r.Recommendation), Style: Style(r.Recommendation)),
                string.Join("; ", r.Reasons));
        }

        return table;
    }

    private static Table Clusters(ScorecardAssessment assessment)
    {
        var table = new Table("Indicators that rank practices alike (every pair |ρ| ≥ 0.9)", "Cluster", "Kept", "Left out as redundant", "Weakest |ρ|");
        foreach (var c in assessment.Clusters.Where(c => c.Members.Count > 1))
        {
            table.Add(
                Cell.Number(c.Number.ToString(CultureInfo.InvariantCulture)),
                c.Kept ?? "none (each duplicates an indicator kept elsewhere)",
                string.Join(", ", c.Members.Where(m => m != c.Kept)),
                c.WeakestRho is { } w ? Number(w) : "–");
        }

        return table;
    }

    private static string Style(ScorecardRecommendation recommendation) => recommendation switch
    {
        ScorecardRecommendation.Publish => Styles.Better,
        ScorecardRecommendation.PublishWithCaveats => Styles.Lower,
        _ => Styles.Worse,
    };

    private static int Count(IReadOnlyList<ScorecardRow> rows, ScorecardRecommendation recommendation) => rows.Count(r => r.Recommendation == recommendation);

    private static Cell Percent(double share) => Cell.Number((share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%");

    private static Cell Number(double value) => Cell.Number(value.ToString("0.00", CultureInfo.InvariantCulture));
}
