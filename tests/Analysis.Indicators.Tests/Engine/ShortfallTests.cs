using Analysis.Statistics;
using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

/// <summary>
/// Worked by hand. QAA: 3 + 1 GP FTE for 6,000 + 4,000 weighted patients; QBB: 6 FTE for 8,000. England's rate is
/// 10 / 18,000 FTE per weighted patient; practice rates are 5, 2.5 and 7.5 per 10,000 (median 5).
/// </summary>
public sealed class ShortfallTests
{
    private static readonly PracticeSpec[] Practices =
    [
        new("X00001", "QAA", Weighted: 6000m, GpFte: 3.0m),
        new("X00002", "QAA", Weighted: 4000m, GpFte: 1.0m),
        new("X00005", "QBB", Weighted: 8000m, GpFte: 6.0m),
        new("X00006", "QBB", Weighted: 3000m, GpFte: null, HasWorkforce: false),
    ];

    [Fact]
    public void Against_the_England_rate_the_gap_is_expected_supply_at_that_rate_minus_supply()
    {
        var results = Run(ShortfallTarget.EnglandRate);

        // QAA expects 10,000 / 1,800 = 5.556 FTE and has 4: 1.556 short, 28% of expected. QBB expects 4.444 and has 6.
        var qaa = results.Values.Single(v => v.AreaCode == "QAA");
        Assert.Equal(10_000.0 / 1_800, qaa.Expected!.Value, 10);
        Assert.Equal((10_000.0 / 1_800) - 4, qaa.Gap!.Value, 10);
        Assert.Equal(28.0, qaa.GapPercent!.Value, 10);
        Assert.Equal(10_000.0 / 1_800, qaa.Target!.Value, 10);
        Assert.Equal(4.0, qaa.Value!.Value, 10);
        var qbb = results.Values.Single(v => v.AreaCode == "QBB");
        Assert.Equal(-35.0, qbb.GapPercent!.Value, 10);
        Assert.Equal((1, 2), (qbb.Rank, qaa.Rank));
    }

    [Fact]
    public void An_area_with_more_supply_per_weighted_patient_than_england_compares_better_though_the_gap_is_lower_is_better()
    {
        // The library's shortfalls declare no interval, so they are not compared; one with Byar's interval is.
        var withInterval = Definitions.GpShortfall(ShortfallTarget.EnglandRate).Build() with { Ci = CiMethod.Byar };
        PracticeSpec[] large = [new("X00001", "QAA", Weighted: 100_000m, GpFte: 40m), new("X00005", "QBB", Weighted: 100_000m, GpFte: 75m)];
        var results = new IndicatorEngine().Run(OneYear(large), [withInterval], Level.Icb);

        // England staffs 5.75 per 10,000; QAA 4.0 (Byar 95% CI 2.9 to 5.4) and QBB 7.5 (5.9 to 9.4), a negative gap.
        Assert.Equal(
            [("QAA", BenchmarkOutcome.Worse), ("QBB", BenchmarkOutcome.Better)],
            results.Values.OrderBy(v => v.AreaCode, StringComparer.Ordinal).Select(v => (v.AreaCode, v.Comparison)));
    }

    [Fact]
    public void Against_a_fixed_rate_of_six_per_ten_thousand()
    {
        var results = Run(ShortfallTarget.FixedRate(6, 10_000));

        var qaa = results.Values.Single(v => v.AreaCode == "QAA");
        Assert.Equal((6.0, 2.0), (qaa.Expected!.Value, qaa.Gap!.Value), new Tolerance());
        Assert.Equal(100.0 / 3, qaa.GapPercent!.Value, 10);
        var qbb = results.Values.Single(v => v.AreaCode == "QBB");
        Assert.Equal((4.8, -1.2, -25.0), (qbb.Expected!.Value, qbb.Gap!.Value, qbb.GapPercent!.Value), new Tolerance());
    }

    [Fact]
    public void Against_the_median_of_practice_rates()
    {
        var results = Run(ShortfallTarget.PercentileOfPractices(50));

        var qaa = results.Values.Single(v => v.AreaCode == "QAA");
        Assert.Equal((5.0, 5.0, 1.0, 20.0), (qaa.Target!.Value, qaa.Expected!.Value, qaa.Gap!.Value, qaa.GapPercent!.Value), new Tolerance());
        var qbb = results.Values.Single(v => v.AreaCode == "QBB");
        Assert.Equal((4.0, -2.0, -50.0), (qbb.Expected!.Value, qbb.Gap!.Value, qbb.GapPercent!.Value), new Tolerance());
    }

    [Fact]
    public void At_practice_level_the_median_target_is_the_same()
    {
        var results = new IndicatorEngine().Run(OneYear(Practices), [Definitions.GpShortfall(ShortfallTarget.PercentileOfPractices(50)).Build()], Level.Practice);

        Assert.Equal([0.0, 50.0, -50.0], results.Values.Where(v => v.GapPercent is not null).Select(v => Math.Round(v.GapPercent!.Value, 10)));
    }

    private static IndicatorResults Run(ShortfallTarget target) =>
        new IndicatorEngine().Run(OneYear(Practices), [Definitions.GpShortfall(target).Build()], Level.Icb);

    private sealed class Tolerance : IEqualityComparer<(double, double)>, IEqualityComparer<(double, double, double)>, IEqualityComparer<(double, double, double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2);

        public bool Equals((double, double, double) x, (double, double, double) y) => Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2) && Close(x.Item3, y.Item3);

        public bool Equals((double, double, double, double) x, (double, double, double, double) y) =>
            Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2) && Close(x.Item3, y.Item3) && Close(x.Item4, y.Item4);

        public int GetHashCode((double, double) obj) => 0;

        public int GetHashCode((double, double, double) obj) => 0;

        public int GetHashCode((double, double, double, double) obj) => 0;

        private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
    }
}
