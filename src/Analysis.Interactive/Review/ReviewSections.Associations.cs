using Analysis.Indicators.Review;
using static Analysis.Interactive.Review.ReviewFormat;

namespace Analysis.Interactive.Review;

internal static partial class ReviewSections
{
    public static ReviewSection Deprivation(IndicatorReview r)
    {
        var x = r.Deprivation;
        var i = x.Inequality;
        var ci = IndicatorText.Ci(r.Deciles.Options);
        var blocks = new List<ReviewBlock>
        {
            new ReviewParagraph("Deciles are national deprivation deciles of practices, 1 least deprived and 10 most. A positive slope index (SII) means the value rises with deprivation; it is the fitted gap between the two ends of the population (PHE's method, METHODS.md section 10), with a Monte-Carlo interval."),
            new ReviewTable(Text($"Value by deprivation decile in {r.Period}"), ["Decile", "Value", ci, "Practices"],
                [.. x.Deciles.Select(g => (IReadOnlyList<string>)[Text($"{g.Decile}{(g.Decile == 1 ? " (least deprived)" : g.Decile == 10 ? " (most deprived)" : string.Empty)}"), Number(g.Value), Interval(g.Lower, g.Upper), Count(g.Practices)])],
                RowHeaders: true) { Numeric = new HashSet<int> { 1, 3 } },
            new ReviewTable("Inequality indices", ["Measure", "Value", ci],
            [
                ["Slope index of inequality (SII)", Number(i.Sii), Interval(i.SiiLower, i.SiiUpper)],
                ["Relative index of inequality (RII)", Fixed2(i.Rii), Interval(i.RiiLower, i.RiiUpper)],
                ["|SII| as a share of England's value", Percent(x.SiiShareOfEngland), None],
                [Text($"Spearman ρ, practice value with decile ({Count(x.Practices)} practices)"), Fixed2(x.Correlation), None],
            ], RowHeaders: true) { Numeric = new HashSet<int> { 1 } },
        };
        if (x.Deciles.Any(g => g.Value is not null))
        {
            blocks.Add(new ReviewChart("gradient", () => Charts.DeprivationGradient(r.Deciles, r.Indicator.Id, i, new ChartOptions { Period = r.Period })));
        }

        return new ReviewSection("deprivation", "Association with deprivation", blocks);
    }

    public static ReviewSection Correlations(IndicatorReview r) => new("correlation", "Correlation with the library",
        r.Correlations.Count == 0
            ? [new ReviewParagraph("The library holds no other indicator to compare with.")]
            :
            [
                new ReviewParagraph(Text($"Spearman's rank correlation between the candidate's practice values in {r.Period} and each indicator already in indicators/, over the practices both have a value for; strongest first. A library indicator without data in {r.Period} is compared in its latest month.")),
                new ReviewTable("Correlation with each library indicator", ["Indicator", "Title", "Month", "Practices", "Spearman ρ"],
                    [.. r.Correlations.Select(c => (IReadOnlyList<string>)[c.IndicatorId, c.Title, c.Period.ToString(), Count(c.Practices), Fixed2(c.Rho)])],
                    RowHeaders: true) { Numeric = new HashSet<int> { 3, 4 } },
            ]);

    public static ReviewSection Stability(IndicatorReview r) => new("stability", "Stability between years",
        r.Stability.Count == 0
            ? [new ReviewParagraph(Text($"Not assessed: the data have no month a year before {r.Period} with values for this indicator."))]
            :
            [
                new ReviewParagraph("Spearman's rank correlation of practice values between the same month of consecutive years, most recent first: how well practices keep their place."),
                new ReviewTable("Year-on-year rank correlation", ["From", "To", "Practices", "Spearman ρ"],
                    [.. r.Stability.Select(s => (IReadOnlyList<string>)[s.From.ToString(), s.To.ToString(), Count(s.Practices), Fixed2(s.Rho)])],
                    RowHeaders: true) { Numeric = new HashSet<int> { 2, 3 } },
            ]);

    public static ReviewSection Method() => new("method", "Method and thresholds",
    [
        new ReviewParagraph("Figures are for the review month, the latest month with data; stability compares the same month a year apart. Thresholds live in one place, ReviewThresholds (src/Analysis.Indicators/Review/ReviewThresholds.cs), with the reasons for each."),
        new ReviewTable("Thresholds", ["Check", "Threshold", "Outcome when crossed"],
        [
            [Check(ReviewCheck.Diagnostics), "any diagnostic", "blocking"],
            [Check(ReviewCheck.Coverage), Text($"below {Percent(ReviewThresholds.MinimumCoverage)} of open practices with a value"), "blocking"],
            [Check(ReviewCheck.Suppression), Text($"above {Percent(ReviewThresholds.MaximumSuppressedShare)} suppressed"), "advisory"],
            [Check(ReviewCheck.ChanceVariation), Text($"below {Percent(ReviewThresholds.ChanceShareOutside998)} outside the 99.8% limits; φ below {ReviewThresholds.ChancePhi:0.0}"), "blocking; advisory"],
            [Check(ReviewCheck.Deprivation), Text($"|Spearman ρ| with decile ≥ {ReviewThresholds.DeprivationCorrelation:0.0}, or |SII| ≥ {Percent(ReviewThresholds.DeprivationSiiShare)} of England's value"), "blocking (advisory for context and no-judgement indicators)"],
            [Check(ReviewCheck.Duplicate), Text($"|Spearman ρ| ≥ {ReviewThresholds.DuplicateCorrelation:0.0} with a library indicator; ≥ {ReviewThresholds.OverlapCorrelation:0.0}"), "blocking; advisory"],
            [Check(ReviewCheck.Stability), Text($"year-on-year Spearman ρ below {ReviewThresholds.MinimumYearOnYearCorrelation:0.0}"), "advisory"],
        ], RowHeaders: true),
        new ReviewParagraph(Text($"Correlations, funnels and stability need at least {ReviewThresholds.MinimumPractices} practices. SII intervals use {ReviewThresholds.SiiRepetitions:#,0} Monte-Carlo refits from seed {ReviewThresholds.SiiSeed}, so a review repeats exactly.")),
    ]);
}
