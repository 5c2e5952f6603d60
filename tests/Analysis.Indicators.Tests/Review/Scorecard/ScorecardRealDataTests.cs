using Analysis.Indicators.Review;
using Analysis.Indicators.Tests.Library;
using Analysis.Testing;

namespace Analysis.Indicators.Tests.Review.Scorecard;

/// <summary>The scorecard assessment of the whole library on the real files in ../shared/data (with the manifest RealDataRun writes).</summary>
public sealed class ScorecardRealDataTests(RealDataRun real) : IClassFixture<RealDataRun>
{
    [SharedDataFact]
    public void Every_indicator_gets_a_row_the_uncovered_ones_say_which_data_is_missing_and_each_duplicate_set_keeps_one()
    {
        var assessment = ScorecardAssessment.Of(real.Panel, real.Indicators, real.Engine);

        Assert.Equal(real.Indicators.Select(d => d.Id), assessment.Rows.Select(r => r.Id));

        // No GP Patient Survey in the shared files, and the workforce panel has no age bands, roles or trainee grades:
        // those indicators have no value in the panel's last month, and the first reason names the missing record.
        var uncovered = assessment.Rows.Where(r => r.Review.Coverage.WithValue == 0).ToList();
        Assert.Equal(["GPPS01", "GPPS02", "GPPS03", "WF05", "WF09", "WF10", "WF11", "WF12"], uncovered.Select(r => r.Id));
        Assert.All(uncovered, r =>
        {
            Assert.Equal(ScorecardRecommendation.DoNotPublish, r.Recommendation);
            Assert.Matches(@"^no practice of 6,188 has a value in 2025-03; most left out: no (survey|workforce) record \(6,188\)$", r.Reasons[0]);
        });

        Assert.Equal(
            [("CTX01", "CTX01,CTX02"), ("QOF01", "QOF01,QOF02"), ("SF01", "SF01,SF02,SF04,WF01"), ("SF03", "SF03,WF06"), ("WF03", "SF05,WF02,WF03")],
            assessment.Clusters.Where(c => c.Members.Count > 1).Select(c => (c.Kept!, string.Join(',', c.Members))));
        Assert.Equal("SF01", assessment.Row("WF01").RedundantWith);

        // GP FTE is not a Poisson count: the rate funnels are far wider than the spread, φ well under 1.
        Assert.Equal(0.33, Math.Round(assessment.Row("SF01").Phi!.Value, 2));
        Assert.Empty(assessment.Recommended(ScorecardRecommendation.Publish));
        Assert.Equal(
            ["CTX01", "CTX03", "CTX05", "CTX06", "PRV01", "PRV02", "PRV03", "QOF01", "SF03", "WF03", "WF07"],
            assessment.Recommended(ScorecardRecommendation.PublishWithCaveats).Order(StringComparer.Ordinal));
    }
}
