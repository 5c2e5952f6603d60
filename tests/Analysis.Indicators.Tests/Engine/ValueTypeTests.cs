using Analysis.Data.Panels;
using Analysis.Indicators.Tests.Engine.Support;
using Analysis.Statistics;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

public sealed class ValueTypeTests
{
    // GPs aged 55+ of qualified GP headcount: QAA 40/100, QBB 10/100, QCC 25/100; England 75/300 = 25%.
    private static readonly PracticeSpec[] ThreeIcbs =
    [
        new("X00001", "QAA", 6000m, 3m, Headcount: 60, Aged55: 30),
        new("X00002", "QAA", 6000m, 3m, Headcount: 40, Aged55: 10),
        new("X00003", "QBB", 6000m, 3m, Headcount: 100, Aged55: 10),
        new("X00004", "QCC", 6000m, 3m, Headcount: 100, Aged55: 25),
    ];

    [Theory]
    [InlineData(Polarity.LowerIsBetter, BenchmarkOutcome.Worse, BenchmarkOutcome.Better)]
    [InlineData(Polarity.HigherIsBetter, BenchmarkOutcome.Better, BenchmarkOutcome.Worse)]
    [InlineData(Polarity.NoJudgement, BenchmarkOutcome.Higher, BenchmarkOutcome.Lower)]
    public void Areas_are_compared_with_England_by_their_Wilson_interval_in_the_polarity_s_words(Polarity polarity, BenchmarkOutcome high, BenchmarkOutcome low)
    {
        var definition = Definitions.Aged55Share().Build() with { Polarity = polarity };

        var values = new IndicatorEngine().Run(OneYear(ThreeIcbs), [definition], Level.Icb).Values;

        Assert.Equal([high, low, BenchmarkOutcome.Similar], values.Select(v => v.Comparison));
        var wilson = Proportion.Wilson(40, 100, 0.95, 100);
        Assert.Equal((40.0, wilson.Lower, wilson.Upper), (values[0].Value!.Value, values[0].Lower!.Value, values[0].Upper!.Value));
        Assert.All(values, v => Assert.Equal(25.0, v.England!.Value, 12));
    }

    [Fact]
    public void A_count_below_five_is_suppressed_with_its_small_count_but_a_measure_is_not()
    {
        var panel = OneYear(new PracticeSpec("X00001", "QAA", 6000m, 3.5m, Headcount: 4, Aged55: 2), new PracticeSpec("X00002", "QAA", 6000m, 4m, Headcount: 10, Aged55: 3));

        var shares = new IndicatorEngine().Run(panel, [Definitions.Aged55Share().Build(), Definitions.GpRate().Build()], Level.Practice).Values;

        var small = shares.Where(v => v.IndicatorId == "WF03").ToList();
        Assert.All(small, v => Assert.True(v.Suppressed));
        Assert.All(small, v => Assert.Null(v.Value ?? v.Lower ?? v.Upper ?? v.Numerator));
        Assert.Equal([null, 10.0], small.Select(v => v.Denominator));
        Assert.All(shares.Where(v => v.IndicatorId == "WF01"), v => Assert.False(v.Suppressed));
    }

    [Fact]
    public void Suppression_is_configurable_and_areas_summing_past_the_threshold_are_shown()
    {
        var panel = OneYear(new PracticeSpec("X00001", "QAA", 6000m, 3.5m, Headcount: 4, Aged55: 2), new PracticeSpec("X00002", "QAA", 6000m, 4m, Headcount: 10, Aged55: 3));

        var icb = new IndicatorEngine().Run(panel, [Definitions.Aged55Share().Build()], Level.Icb).Values.Single();
        var off = new IndicatorEngine(new EngineOptions { SuppressBelow = 0 }).Run(panel, [Definitions.Aged55Share().Build()], Level.Practice).Values;
        var measures = new IndicatorEngine(new EngineOptions { SuppressMeasures = true }).Run(panel, [Definitions.GpRate().Build()], Level.Practice).Values;

        Assert.Equal((false, 5.0, 14.0), (icb.Suppressed, icb.Numerator!.Value, icb.Denominator!.Value));
        Assert.Equal([50.0, 30.0], off.Select(v => v.Value!.Value));
        Assert.Equal([true, true], measures.Select(v => v.Suppressed));
    }

    [Fact]
    public void A_mean_is_the_mean_of_practice_values_with_a_t_interval()
    {
        // METHODS.md §3: values 2, 4, 4, 4, 5, 5, 7, 9 have mean 5 and 95% CI 3.2125121 to 6.7874879.
        decimal[] lists = [2, 4, 4, 4, 5, 5, 7, 9];
        var panel = OneYear([.. lists.Select((l, i) => new PracticeSpec($"X{i + 1:D5}", "QAA", 6000m, 1m, Registered: l))]);
        var mean = Define.Indicator("CX02", "Mean list").Definition("d").Rationale("r").Domain(Domain.Context).Mean().Unit("patients")
            .Numerator(p => p.Payments!.RegisteredPatients).Uses(PanelDataset.Payments).NoJudgement().Build();

        var value = new IndicatorEngine().Run(panel, [mean], Level.Icb).Values.Single();

        Assert.Equal((5.0, 8), (value.Value!.Value, value.Practices));
        Assert.Equal(3.2125121, value.Lower!.Value, 6);
        Assert.Equal(6.7874879, value.Upper!.Value, 6);
    }

    [Fact]
    public void A_standardised_ratio_is_observed_over_expected_with_exact_limits()
    {
        // METHODS.md §5: O = 7, E = 5.65 gives 1.2389381 (0.4981174 to 2.5526859), here times 100.
        var panel = OneYear(new PracticeSpec("X00001", "QAA", 6000m, 1m, Headcount: 5, Aged55: 3), new PracticeSpec("X00002", "QAA", 6000m, 1m, Headcount: 5, Aged55: 4));
        var ratio = Define.Indicator("WF09", "GPs aged 55+ against expected").Definition("d").Rationale("r").Domain(Domain.Workforce)
            .IndirectlyStandardised().Unit("ratio").Numerator(p => p.Workforce!.GpsAged55PlusHeadcount)
            .Expected(p => p.Workforce!.QualifiedGpHeadcount * 0.565m).Uses(PanelDataset.Workforce).LowerIsBetter().Build();

        var value = new IndicatorEngine(new EngineOptions { SuppressBelow = 0 }).Run(panel, [ratio], Level.Icb).Values.Single();

        Assert.Equal(5.65, value.Expected!.Value, 10);
        Assert.Equal(123.89381, value.Value!.Value, 4);
        Assert.Equal(49.81174, value.Lower!.Value, 4);
        Assert.Equal(255.26859, value.Upper!.Value, 4);
    }

    [Fact]
    public void Funnel_limits_are_drawn_at_each_area_s_denominator_around_England()
    {
        // METHODS.md §7: N = 200 and p0 = 0.10 give 95% limits 0.0584229 to 0.1415771.
        var panel = OneYear(new PracticeSpec("X00001", "QAA", 6000m, 1m, Headcount: 200, Aged55: 20), new PracticeSpec("X00002", "QBB", 6000m, 1m, Headcount: 1800, Aged55: 180));

        var qaa = new IndicatorEngine().Run(panel, [Definitions.Aged55Share().Build()], Level.Icb).Values[0];

        Assert.Equal(5.84229, qaa.FunnelLower95!.Value, 4);
        Assert.Equal(14.15771, qaa.FunnelUpper95!.Value, 4);
        Assert.Equal(FunnelSignal.NotSignificant, qaa.Funnel);
    }

    [Fact]
    public void Rate_funnels_flag_areas_outside_the_Poisson_limits_of_England_s_rate()
    {
        var panel = OneYear(
            new PracticeSpec("X00001", "QAA", 100_000m, 50m),
            new PracticeSpec("X00002", "QBB", 100_000m, 100m),
            new PracticeSpec("X00003", "QCC", 100_000m, 150m));

        var values = new IndicatorEngine().Run(panel, [Definitions.GpRate().Build()], Level.Icb).Values;

        // England: 300 per 300,000, so 100 expected at 100,000; 50 and 150 lie beyond the 99.8% limits.
        Assert.Equal([FunnelSignal.VeryLow, FunnelSignal.NotSignificant, FunnelSignal.VeryHigh], values.Select(v => v.Funnel));
        var byar = PoissonCount.Byar(100, 0.95);
        Assert.Equal(byar.Lower / 10, values[1].FunnelLower95!.Value, 10);
    }

    [Fact]
    public void Ranks_put_the_best_first_and_quintiles_put_the_worst_end_first()
    {
        var five = Enumerable.Range(1, 5).Select(i => new PracticeSpec($"X0000{i}", "Q0" + i, 10_000m, i)).ToArray();

        var values = new IndicatorEngine().Run(OneYear(five), [Definitions.GpRate().Build()], Level.Icb).Values;

        Assert.Equal([5, 4, 3, 2, 1], values.Select(v => v.Rank));
        Assert.Equal([1, 2, 3, 4, 5], values.Select(v => v.Quintile));
    }

    [Fact]
    public void Overdispersion_widens_the_funnel_when_areas_vary_more_than_chance_allows()
    {
        // Ten ICBs of 100,000 weighted patients with 40 to 130 FTE: far more spread than Poisson noise around 85.
        var spread = Enumerable.Range(0, 10).Select(i => new PracticeSpec($"X{i + 1:D5}", $"Q{i:D2}", 100_000m, 40m + (10 * i))).ToArray();

        var plain = new IndicatorEngine().Run(OneYear(spread), [Definitions.GpRate().Build()], Level.Icb).Values;
        var adjusted = new IndicatorEngine(new EngineOptions { Overdispersion = true }).Run(OneYear(spread), [Definitions.GpRate().Build()], Level.Icb).Values;

        Assert.All(adjusted.Zip(plain), pair => Assert.True(pair.First.FunnelUpper998 > pair.Second.FunnelUpper998));
        Assert.True(
            adjusted.Count(v => v.Funnel is FunnelSignal.VeryHigh or FunnelSignal.VeryLow) < plain.Count(v => v.Funnel is FunnelSignal.VeryHigh or FunnelSignal.VeryLow),
            "fewer areas should lie outside the widened 99.8% limits");
    }

    [Fact]
    public void Overdispersion_leaves_a_rate_funnel_at_its_poisson_limits_when_areas_vary_no_more_than_chance()
    {
        // Ten ICBs of 100,000 weighted patients with 84 to 85.8 FTE: far less spread than Poisson noise (sd ≈ 9.2), so
        // φ < 1 and nothing widens. Fitted as a ratio of counts, the limits came out ±0.5% wide instead of ±30%.
        var even = Enumerable.Range(0, 10).Select(i => new PracticeSpec($"X{i + 1:D5}", $"Q{i:D2}", 100_000m, 84m + (0.2m * i))).ToArray();

        var plain = new IndicatorEngine().Run(OneYear(even), [Definitions.GpRate().Build()], Level.Icb).Values;
        var adjusted = new IndicatorEngine(new EngineOptions { Overdispersion = true }).Run(OneYear(even), [Definitions.GpRate().Build()], Level.Icb).Values;

        Assert.All(adjusted.Zip(plain), pair =>
        {
            Assert.Equal(pair.Second.FunnelLower998!.Value, pair.First.FunnelLower998!.Value, pair.Second.FunnelLower998.Value * 0.01);
            Assert.Equal(pair.Second.FunnelUpper998!.Value, pair.First.FunnelUpper998!.Value, pair.Second.FunnelUpper998.Value * 0.01);
            Assert.Equal(FunnelSignal.NotSignificant, pair.First.Funnel);
        });
    }
}
