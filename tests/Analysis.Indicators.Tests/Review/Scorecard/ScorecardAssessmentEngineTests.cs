using Analysis.Indicators.Review;
using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Review.Scorecard;

/// <summary>A scorecard assessment computed by the engine from a hand-built panel whose answers are known.</summary>
public sealed class ScorecardAssessmentEngineTests
{
    // 200 practices, 20 per deprivation decile. GP FTE rises with the decile (10·decile per 10,000 weighted patients):
    // a gradient that is deprivation itself. Of 100 GPs each, a binomial(100, 0.3) draw are aged 55+: pure chance.
    // Practices 1–25 have 8,000 registered patients, the rest 5,000: LOW01 excludes lists under 6,000.
    private static readonly PracticeSpec[] Practices =
    [
        .. Enumerable.Range(1, 200).Select(i => new PracticeSpec(
            $"X{i:D5}", "QAA", 10_000m, 10m * (((i - 1) / 20) + 1), Headcount: 100, Aged55: Binomial(i),
            Registered: i <= 25 ? 8_000m : 5_000m, ImdScore: i)),
    ];

    private static readonly Lazy<ScorecardAssessment> Assessment = new(() => ScorecardAssessment.Of(
        OneYear(Practices),
        [
            Definitions.GpRate("WF01").Build(),
            Definitions.GpRate("WF02").Build(),
            Definitions.Aged55Share("NOISE1").Build(),
            Definitions.Aged55Share("LOW01").Exclude(p => p.RegisteredPatients < 6_000, "list under 6,000 patients").Build(),
        ]));

    [Fact]
    public void Every_indicator_gets_one_row_in_the_library_order()
    {
        Assert.Equal(["WF01", "WF02", "NOISE1", "LOW01"], Assessment.Value.Rows.Select(r => r.Id));
        Assert.All(Assessment.Value.Rows, r => Assert.Equal((March2023, 200), (r.Period, r.Practices)));
    }

    [Fact]
    public void Two_identical_indicators_form_one_cluster_of_which_the_first_is_kept_and_the_other_is_redundant()
    {
        var a = Assessment.Value;

        Assert.Equal(1.0, a.Correlations.Between("WF01", "WF02")!.Value, 12);
        var cluster = a.Clusters[0];
        Assert.Equal((1, "WF01", 1.0), (cluster.Number, cluster.Kept, Math.Round(cluster.WeakestRho!.Value, 12)));
        Assert.Equal(["WF01", "WF02"], cluster.Members);
        Assert.Equal(3, a.Clusters.Count);
        Assert.Equal(("WF01", ScorecardRecommendation.DoNotPublish), (a.Row("WF02").RedundantWith, a.Row("WF02").Recommendation));
        Assert.Contains("redundant with WF01 (|ρ| = 1.00, ≥ 0.9)", a.Row("WF02").Reasons);
        Assert.Null(a.Row("WF01").RedundantWith);
        var kept = a.Row("WF01").Verdicts.Single(v => v.Check == ReviewCheck.Duplicate);
        Assert.Equal(VerdictOutcome.Pass, kept.Outcome);
        Assert.EndsWith("It is kept for its cluster and stands for WF02 (|ρ| ≥ 0.9), which the scorecard leaves out.", kept.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_that_restates_deprivation_is_blocked_for_it_and_not_for_its_twin()
    {
        var wf01 = Assessment.Value.Row("WF01");

        Assert.Equal(1.0, wf01.DeprivationRho!.Value, 12);
        Assert.Equal(ScorecardRecommendation.DoNotPublish, wf01.Recommendation);
        Assert.Equal(["ρ with deprivation decile = 1.00, |SII| = 181.8% of England (thresholds |ρ| ≥ 0.5, 50.0%): a rating would restate deprivation", "stability not assessed: no two months a year apart with values"], wf01.Reasons);
        Assert.True(wf01.Phi > 10, $"φ = {wf01.Phi}: a gradient from 10 to 100 per 10,000 is far beyond chance");
    }

    [Fact]
    public void Pure_binomial_noise_is_mostly_chance_and_is_not_published()
    {
        var noise = Assessment.Value.Row("NOISE1");

        Assert.InRange(noise.ShareOutside998!.Value, 0, 0.015);
        Assert.InRange(noise.Phi!.Value, 0.6, 1.4);
        Assert.Equal(ScorecardRecommendation.DoNotPublish, noise.Recommendation);
        Assert.StartsWith("mostly chance: ", noise.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("(chance 0.2%, needs ≥ 2.0%), φ = ", noise.Reasons[0], StringComparison.Ordinal);
        Assert.InRange(Math.Abs(noise.StrongestCorrelate!.Rho!.Value), 0, 0.3);
    }

    [Fact]
    public void Low_coverage_blocks_and_the_figures_it_cannot_support_are_not_applicable()
    {
        var low = Assessment.Value.Row("LOW01");

        Assert.Equal(25.0 / 200, low.Coverage, 12);
        Assert.Equal("coverage 12.5% of 200 practices (needs ≥ 80.0%); most left out: list under 6,000 patients (175)", low.Reasons[0]);
        Assert.Equal(ScorecardRecommendation.DoNotPublish, low.Recommendation);
        Assert.Equal("list under 6,000 patients (175)", low.MostLeftOut);
        Assert.Null(Assessment.Value.Row("WF01").MostLeftOut);
        Assert.Null(low.ShareOutside998);
        Assert.Equal("Only 25 practices have funnel limits; at least 30 are needed.", low.FunnelNotApplicable);
        Assert.Contains("funnel not applicable: only 25 practices have funnel limits; at least 30 are needed.", low.Reasons);
        Assert.Null(low.StrongestCorrelate);
    }

    private static int Binomial(int practice)
    {
        var random = new Random(practice);
        return Enumerable.Range(0, 100).Count(_ => random.NextDouble() < 0.3);
    }
}
