using Analysis.Indicators.Review;
using static Analysis.Indicators.Tests.Review.ReviewResults;

namespace Analysis.Indicators.Tests.Review.Scorecard;

/// <summary>The assessment's clusters, choice of what to keep, and recommendations from small hand-built reviews.</summary>
public sealed class ScorecardAssessmentTests
{
    [Fact]
    public void Of_a_duplicate_pair_the_one_without_other_blocking_verdicts_is_kept_even_when_it_comes_second()
    {
        // A and B rank practices 1–40 identically; A also has 20 practices without a value (coverage 40/60, blocking).
        var a = Definition("A", IndicatorValueType.Mean);
        var b = Definition("B", IndicatorValueType.Mean);
        var aValues = Values("A", March2023, Enumerable.Range(1, 40).Select(i => (double)i))
            .Concat(Enumerable.Range(41, 20).Select(i => Missing("A", i, March2023)));
        var bValues = Values("B", March2023, Enumerable.Range(1, 40).Select(i => 2.0 * i));
        var library = Results(Level.Practice, [a, b], aValues.Concat(bValues));

        var assessment = ScorecardAssessment.Of(
        [
            IndicatorReview.Assess(Results(Level.Practice, [a], aValues), NoDeciles(a), library, Deciles(60)),
            IndicatorReview.Assess(Results(Level.Practice, [b], bValues), NoDeciles(b), library, Deciles(60)),
        ]);

        Assert.Equal(new[] { "A", "B" }, assessment.Clusters.Single().Members);
        Assert.Equal("B", assessment.Clusters.Single().Kept);
        Assert.Equal("B", assessment.Row("A").RedundantWith);
        Assert.Equal(
            ["coverage 66.7% of 60 practices (needs ≥ 80.0%)", "redundant with B (|ρ| = 1.00, ≥ 0.9)"],
            assessment.Row("A").Reasons.Take(2));
        Assert.StartsWith("Redundant with B (Candidate B): Spearman ρ = 1.00 over 40 practices (threshold |ρ| ≥ 0.9). The scorecard keeps B",
            assessment.Row("A").Verdicts.Single(v => v.Check == ReviewCheck.Duplicate).Message, StringComparison.Ordinal);

        // B's duplication is judged against the kept indicators only: none is left to compare, so it is not assessed.
        var b0 = assessment.Row("B");
        Assert.Equal(VerdictOutcome.NotAssessed, b0.Verdicts.Single(v => v.Check == ReviewCheck.Duplicate).Outcome);
        Assert.Equal(ScorecardRecommendation.PublishWithCaveats, b0.Recommendation);
        Assert.Contains("funnel not applicable: a mean of practice values has no sampling model, so no funnel limits (METHODS.md §7).", b0.Reasons);
        Assert.Null(b0.ShareOutside998);
        Assert.Null(b0.Phi);
    }

    [Fact]
    public void Complete_linkage_does_not_chain_two_indicators_that_are_alike_only_through_a_third()
    {
        // A–B 0.95 and B–C 0.92, but A–C 0.5: single linkage would put all three together.
        IReadOnlyList<IReadOnlyList<double?>> rho = [[1, 0.95, 0.5], [0.95, 1, 0.92], [0.5, 0.92, 1]];
        var matrix = new ScorecardCorrelations(["A", "B", "C"], rho, [[50, 50, 50], [50, 50, 50], [50, 50, 50]]);

        var clusters = ScorecardClustering.Of(matrix);

        Assert.Equal([[0, 1], [2]], clusters.Select(c => c.ToArray()).ToArray());
        Assert.Equal(0.95, ScorecardClustering.Weakest(matrix, clusters[0]));
        Assert.Null(ScorecardClustering.Weakest(matrix, clusters[1]));
    }

    [Fact]
    public void A_negative_correlation_is_as_redundant_as_a_positive_one_and_an_unknown_one_is_not()
    {
        IReadOnlyList<IReadOnlyList<double?>> rho = [[1, -0.97, null], [-0.97, 1, null], [null, null, null]];
        var matrix = new ScorecardCorrelations(["WF01", "WF03", "GPPS01"], rho, [[50, 50, 0], [50, 50, 0], [0, 0, 0]]);

        Assert.Equal([[0, 1], [2]], ScorecardClustering.Of(matrix).Select(c => c.ToArray()).ToArray());
        Assert.Equal(-0.97, matrix.Between("WF03", "WF01"));
        Assert.Equal("Indicator X is not in the scorecard's correlations; they hold WF01, WF03, GPPS01.",
            Assert.Throws<KeyNotFoundException>(() => matrix.Between("X", "WF01")).Message);
    }

    [Theory]
    [InlineData(new[] { VerdictOutcome.Pass, VerdictOutcome.Pass }, ScorecardRecommendation.Publish)]
    [InlineData(new[] { VerdictOutcome.Pass, VerdictOutcome.NotAssessed }, ScorecardRecommendation.PublishWithCaveats)]
    [InlineData(new[] { VerdictOutcome.Advisory, VerdictOutcome.Pass }, ScorecardRecommendation.PublishWithCaveats)]
    [InlineData(new[] { VerdictOutcome.Advisory, VerdictOutcome.Blocking }, ScorecardRecommendation.DoNotPublish)]
    public void Any_blocking_verdict_stops_publication_and_any_advisory_or_unassessed_one_adds_a_caveat(VerdictOutcome[] outcomes, ScorecardRecommendation expected) =>
        Assert.Equal(expected, ScorecardReasons.Recommend([.. outcomes.Select(o => new ReviewVerdict(ReviewCheck.Coverage, o, null, "x"))]));

    [Fact]
    public void An_indicator_that_passes_every_check_says_so_with_its_figures()
    {
        // 1,000 patients each, 100 practices from 5% to 15% (events 50–149; the 99.8% limits around 10% are about
        // ±29 events): far beyond chance, the same ranking a year earlier, unrelated to deprivation or to Q1.
        var d = Definition("P1");
        var q = Definition("Q1", IndicatorValueType.Mean);
        double Events(int i) => 50 + ((i * 37) % 100);
        var values = Enumerable.Range(1, 100).Select(i => Value("P1", i, March2023, Events(i) / 10, Events(i), 1000,
                Events(i) > 129 ? FunnelSignal.VeryHigh : Events(i) < 71 ? FunnelSignal.VeryLow : FunnelSignal.NotSignificant, england: 10))
            .Concat(Enumerable.Range(1, 100).Select(i => Value("P1", i, new Analysis.Data.Periods.Month(2022, 3), (Events(i) / 10) + 0.1)))
            .ToList();
        var qValues = Values("Q1", March2023, Enumerable.Range(1, 100).Select(i => (double)(i % 7))).ToList();
        var library = Results(Level.Practice, [d, q], values.Where(v => v.Period == March2023).Concat(qValues));
        var reviews = new[]
        {
            IndicatorReview.Assess(Results(Level.Practice, [d], values), NoDeciles(d), library, Deciles(100)),
            IndicatorReview.Assess(Results(Level.Practice, [q], qValues), NoDeciles(q), library, Deciles(100)),
        };

        var row = ScorecardAssessment.Of(reviews).Row("P1");

        Assert.True(row.Recommendation == ScorecardRecommendation.Publish, string.Join(" / ", row.Reasons));
        Assert.Equal(0.41, row.ShareOutside998!.Value, 12);
        var only = Assert.Single(row.Reasons);
        Assert.StartsWith("passes every check: coverage 100.0%; 41.0% outside the 99.8% limits, φ = ", only, StringComparison.Ordinal);
        Assert.Contains("; year-on-year ρ = 1.00; closest kept indicator Q1, |ρ| = ", only, StringComparison.Ordinal);
        Assert.Equal(1.0, row.Stability!.Rho!.Value, 12);
    }

    [Fact]
    public void No_reviews_or_the_same_indicator_twice_is_refused()
    {
        var d = Definition("A", IndicatorValueType.Mean);
        var review = IndicatorReview.Assess(Results(Level.Practice, [d], Values("A", March2023, [1, 2, 3])), NoDeciles(d), NoLibrary(), Deciles(3));

        Assert.Throws<ArgumentException>(() => ScorecardAssessment.Of([]));
        Assert.Equal("Indicator A is reviewed 2 times; each indicator takes one row. (Parameter 'reviews')",
            Assert.Throws<ArgumentException>(() => ScorecardAssessment.Of([review, review])).Message);
    }
}
