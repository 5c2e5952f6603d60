using Analysis.Indicators.Review;
using static Analysis.Interactive.Review.ReviewFormat;

namespace Analysis.Interactive.Review;

/// <summary>The sections of a review, in reading order: verdicts first, then what they rest on.</summary>
internal static partial class ReviewSections
{
    /// <summary>Outliers listed by name; the rest are counted (every one is on the funnel plot's hover).</summary>
    private const int OutliersListed = 20;

    public static ReviewSection Verdicts(IReadOnlyList<ReviewVerdict> verdicts) => new("verdicts", "Verdicts",
    [
        new ReviewParagraph("A blocking verdict means the indicator should not go on a published practice scorecard as it stands; an advisory one needs the reviewer's reasons. Thresholds are listed under Method."),
        new ReviewTable("Verdicts, one per check", ["Check", "Outcome", "Figure", "Why"],
            [.. verdicts.Select(v => (IReadOnlyList<string>)[Check(v.Check), Outcome(v.Outcome), Figure(v), v.Message])], RowHeaders: true)
        {
            Numeric = new HashSet<int> { 2 },
            RowClasses = verdicts.Select((v, i) => (i, v.Outcome.ToString().ToLowerInvariant())).ToDictionary(x => x.i, x => x.Item2),
        },
    ]);

    public static ReviewSection Definition(IndicatorDefinition d, string script) => new("definition", "Definition and metadata",
    [
        new ReviewTable("What the script defines", ["Field", "Value"],
        [
            ["Id", d.Id],
            ["Title", d.Title],
            ["Definition", d.Definition ?? None],
            ["Rationale", d.Rationale ?? None],
            ["Domain", d.Domain?.ToString() ?? None],
            ["Polarity", Polarity(d.Polarity)],
            ["Value type", d.ValueType.ToString()],
            ["Multiplier", Number(d.Multiplier)],
            ["Unit", IndicatorText.Unit(d) is { Length: > 0 } unit ? unit : None],
            ["Confidence interval", d.Ci.ToString()],
            ["Datasets", d.Datasets.Count == 0 ? None : string.Join(", ", d.Datasets)],
            ["Exclusions", d.Exclusions.Count == 0 ? None : string.Join("; ", d.Exclusions.Select(e => e.Reason))],
            ["Source", d.Source == SourceLocation.InCode ? script : Text($"{d.Source.Path}:{d.Source.Line}")],
        ], RowHeaders: true),
    ]);

    public static ReviewSection Diagnostics(IReadOnlyList<ScriptDiagnostic> diagnostics) => new("diagnostics", "Diagnostics",
        diagnostics.Count == 0
            ? [new ReviewParagraph("None: the script compiles, passes the allow-list and lints clean.")]
            : [new ReviewTable("Compile, allow-list, runtime and lint diagnostics", ["Location", "Severity", "Id", "Message"],
                [.. diagnostics.Select(x => (IReadOnlyList<string>)[Text($"{x.Path}({x.Line},{x.Column})"), x.Severity.ToString().ToLowerInvariant(), x.Id, x.Message])])]);

    public static ReviewSection Coverage(IndicatorReview r)
    {
        var c = r.Coverage;
        double Share(int count) => c.Practices == 0 ? 0 : (double)count / c.Practices;
        var blocks = new List<ReviewBlock>
        {
            new ReviewTable(Text($"Practices open in {c.Period}"), ["Practices", "Count", "Share"],
            [
                ["With a published value", Count(c.WithValue), Percent(Share(c.WithValue))],
                ["Suppressed (small numbers)", Count(c.Suppressed), Percent(Share(c.Suppressed))],
                ["Excluded by the indicator's rules", Count(c.Excluded), Percent(Share(c.Excluded))],
                ["Missing a value", Count(c.Missing), Percent(Share(c.Missing))],
                ["Open", Count(c.Practices), Percent(c.Practices == 0 ? null : 1)],
            ], RowHeaders: true) { Numeric = new HashSet<int> { 1, 2 } },
        };
        var months = c.Months.Count == 1 ? c.Months[0].ToString() : Text($"{c.Months.Count} months ({string.Join(", ", c.Months)})");
        var reasons = c.ExcludedByReason.Select(x => (x.Reason, Kind: "excluded", x.Rows))
            .Concat(c.MissingByReason.Select(x => (x.Reason, Kind: "missing", x.Rows)))
            .ToList();
        blocks.Add(reasons.Count == 0
            ? new ReviewParagraph(Text($"No practice-month was excluded or missing over {months}."))
            : new ReviewTable(Text($"Practice-months left out, by reason, over {months} ({Count(c.RowsInMonths)} practice-months)"), ["Reason", "Kind", "Practice-months"],
                [.. reasons.Select(x => (IReadOnlyList<string>)[x.Reason, x.Kind, Count(x.Rows)])], RowHeaders: true) { Numeric = new HashSet<int> { 2 } });
        return new ReviewSection("coverage", "Coverage and exclusions", blocks);
    }

    public static ReviewSection Distribution(IndicatorReview r)
    {
        var d = r.Distribution;
        var p = d.Percentiles;
        var england = r.Practices.Values.Where(v => v.Period == r.Period).Select(v => v.England).FirstOrDefault(e => e is not null);
        var blocks = new List<ReviewBlock>
        {
            new ReviewTable(Text($"Practice values in {r.Period} ({IndicatorText.Unit(r.Indicator)})"), ["Statistic", "Value"],
            [
                ["Practices with a value", Count(d.Count)],
                ["Mean of practice values", Number(d.Mean)],
                ["Standard deviation", Number(d.StandardDeviation)],
                ["Minimum", Number(p?.Minimum)],
                ["5th percentile", Number(p?.P5)],
                ["25th percentile", Number(p?.P25)],
                ["Median", Number(p?.Median)],
                ["75th percentile", Number(p?.P75)],
                ["95th percentile", Number(p?.P95)],
                ["Maximum", Number(p?.Maximum)],
                [r.Indicator.ValueType == IndicatorValueType.Mean ? "England (mean of all practices)" : "England (ratio of sums over all practices)", Number(england)],
            ], RowHeaders: true) { Numeric = new HashSet<int> { 1 } },
        };
        if (r.Panel is { } panel && d.Count > 0)
        {
            blocks.Add(new ReviewChart("distribution", () => Charts.Distribution(r.Practices, r.Indicator.Id, panel, new ChartOptions { Period = r.Period })));
        }

        return new ReviewSection("distribution", "Distribution", blocks);
    }

    public static ReviewSection Funnel(IndicatorReview r)
    {
        var f = r.Funnel;
        if (f.NotApplicable is { } why)
        {
            return new ReviewSection("funnel", "Funnel plot and outliers", [new ReviewParagraph(why)]);
        }

        var blocks = new List<ReviewBlock>
        {
            new ReviewParagraph("Each practice's value against its size, with the engine's 95% and 99.8% limits around England (PHE's method) and Spiegelhalter's limits widened for overdispersion (METHODS.md sections 7 and 8). Chance alone puts 5% of practices outside the 95% limits and 0.2% outside the 99.8% limits."),
            new ReviewTable(Text($"Funnel in {r.Period}"), ["Measure", "Value"],
            [
                ["Practices with funnel limits", Count(f.Practices.Count)],
                [r.Indicator.ValueType == IndicatorValueType.Shortfall ? "Centre (the target)" : "Centre (England)", Number(f.Centre)],
                ["Outside the 95% limits", Percent(f.ShareOutside95)],
                ["Outside the 99.8% limits", Percent(f.ShareOutside998)],
                ["Overdispersion factor φ", Fixed2(f.Phi)],
                ["Between-practice variance τ²", Small(f.Tau2)],
                ["Scale of the overdispersion fit", f.Scale?.ToString() ?? None],
                ["Outside the overdispersion-adjusted 99.8% limits", Percent(f.ShareOutsideAdjusted998)],
            ], RowHeaders: true) { Numeric = new HashSet<int> { 1 } },
            new ReviewChart("funnel", () => ReviewCharts.Funnel(r)),
        };
        if (f.Outliers.Count == 0)
        {
            blocks.Add(new ReviewParagraph("No practice lies outside the overdispersion-adjusted 99.8% limits."));
            return new ReviewSection("funnel", "Funnel plot and outliers", blocks);
        }

        blocks.Add(new ReviewTable(
            Text($"Outliers beyond the {(f.Phi > 1 ? "overdispersion-adjusted " : string.Empty)}99.8% limits, furthest first ({Count(f.Outliers.Count)} in all)"),
            ["Practice", "Name", "Size", "Value", "Adjusted 99.8% limits", "z-score", "Direction"],
            [.. f.Outliers.Take(OutliersListed).Select(o => (IReadOnlyList<string>)
            [
                o.Code, o.Name, ChartNumbers.Size(o.Size), Number(o.Value),
                Interval(o.AdjustedLimits?.Lower998, o.AdjustedLimits?.Upper998), Fixed2(o.ZScore),
                o.AdjustedLimits is { } l && o.Value > l.Upper998 ? "above" : "below",
            ])],
            RowHeaders: true) { Numeric = new HashSet<int> { 2, 3, 5 } });
        if (f.Outliers.Count > OutliersListed)
        {
            blocks.Add(new ReviewParagraph(Text($"{Count(f.Outliers.Count - OutliersListed)} further outliers are not listed; the funnel plot names each on hover.")));
        }

        return new ReviewSection("funnel", "Funnel plot and outliers", blocks);
    }
}
