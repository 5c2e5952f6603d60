using Analysis.Indicators.Review;
using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Review;

/// <summary>A review computed by the engine from a hand-built panel, end to end.</summary>
public sealed class IndicatorReviewEngineTests
{
    // 50 practices, 5 per deprivation decile; decile g has 10·g GP FTE per 10,000 weighted patients.
    private static readonly PracticeSpec[] Practices =
        [.. Enumerable.Range(1, 50).Select(i => new PracticeSpec($"X{i:D5}", "QAA", 10_000m, 10m * (((i - 1) / 5) + 1), ImdScore: i))];

    [Fact]
    public void A_review_of_a_copy_of_a_library_indicator_finds_the_gradient_and_the_duplicate()
    {
        var panel = OneYear(Practices);
        var engine = new IndicatorEngine();
        var library = engine.Run(panel, [Definitions.GpRate("WF01").Build()], Level.Practice);

        var review = IndicatorReview.Of(Definitions.GpRate("CAND01").Build(), panel, library, engine);

        Assert.Equal((March2023, 50, 50), (review.Period, review.Coverage.Practices, review.Coverage.WithValue));
        Assert.Equal(100.0, review.Deprivation.Inequality.Sii!.Value, 9);
        Assert.Equal(1.0, review.Deprivation.Correlation!.Value, 12);
        Assert.Equal(Enumerable.Range(1, 10).Select(g => 10.0 * g), review.Deprivation.Deciles.Select(d => Math.Round(d.Value!.Value, 9)));
        Assert.Equal(("WF01", 1.0), (review.Correlations[0].IndicatorId, Math.Round(review.Correlations[0].Rho!.Value, 12)));
        Assert.Empty(review.Stability);
        var atTypicalSize = review.Funnel.AdjustedLimitsAt(10_000)!.Value;   // around England's 55 per 10,000
        Assert.InRange(55.0, atTypicalSize.Lower998, atTypicalSize.Upper998);
        Assert.Equal(Analysis.Statistics.OverdispersionScale.StandardisedRatioCqc, review.Funnel.Scale);
        Assert.Equal(
            [
                (ReviewCheck.Coverage, VerdictOutcome.Pass),
                (ReviewCheck.Suppression, VerdictOutcome.Pass),
                (ReviewCheck.ChanceVariation, VerdictOutcome.Pass),
                (ReviewCheck.Deprivation, VerdictOutcome.Blocking),
                (ReviewCheck.Duplicate, VerdictOutcome.Blocking),
                (ReviewCheck.Stability, VerdictOutcome.NotAssessed),
            ],
            review.Verdicts.Select(v => (v.Check, v.Outcome)));
        Assert.True(review.BlocksPublication);
    }

    [Fact]
    public void A_shortfall_is_judged_around_its_target()
    {
        var panel = OneYear(Practices);
        var engine = new IndicatorEngine();
        var library = engine.Run(panel, [Definitions.GpRate("WF01").Build()], Level.Practice);

        var review = IndicatorReview.Of(Definitions.GpShortfall(ShortfallTarget.FixedRate(50, per: 10_000)).Build(), panel, library, engine);

        Assert.Equal(50.0, review.Funnel.Centre!.Value, 9);
        var atTypicalSize = review.Funnel.AdjustedLimitsAt(10_000)!.Value;
        Assert.InRange(50.0, atTypicalSize.Lower998, atTypicalSize.Upper998);
    }
}
