using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

public sealed class LevelTests
{
    // Ten practices with IMD scores 1..10 (deciles 1..10), practice i having i GP FTE for 1,000 weighted patients;
    // an eleventh has no deprivation score.
    private static readonly PracticeSpec[] Scored =
    [
        .. Enumerable.Range(1, 10).Select(i => new PracticeSpec($"X{i:D5}", i <= 5 ? "QAA" : "QBB", 1000m, i, ImdScore: i, Region: i <= 3 ? "Y56" : "Y63")),
        new PracticeSpec("X00011", "QBB", 1000m, 100m),
    ];

    [Fact]
    public void Deprivation_quintiles_sum_the_two_deciles_in_each()
    {
        var results = new IndicatorEngine().Run(OneYear(Scored), [Definitions.GpRate().Build()], Level.DeprivationQuintile);

        Assert.Equal(["1", "2", "3", "4", "5"], results.Values.Select(v => v.AreaCode));
        Assert.Equal([3.0, 7.0, 11.0, 15.0, 19.0], results.Values.Select(v => v.Numerator!.Value));
        Assert.All(results.Values, v => Assert.Equal(2000.0, v.Denominator));
        Assert.Equal("Quintile 5 (most deprived)", results.Values[4].AreaName);
        Assert.Equal(1, results.Coverage.Single().RowsWithoutArea);
    }

    [Fact]
    public void Deprivation_deciles_hold_one_practice_each_and_England_all_of_them()
    {
        var engine = new IndicatorEngine();
        var deciles = engine.Run(OneYear(Scored), [Definitions.GpRate().Build()], Level.DeprivationDecile);
        var england = engine.Run(OneYear(Scored), [Definitions.GpRate().Build()], Level.England).Values.Single();

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), deciles.Values.Select(v => v.Numerator!.Value));
        Assert.Equal(("E92000001", "England", 155.0, 11_000.0, 11), (england.AreaCode, england.AreaName, england.Numerator!.Value, england.Denominator!.Value, england.Practices));
        Assert.Equal(155.0 / 11_000 * 10_000, deciles.Values[0].England!.Value, 12);
    }

    [Theory]
    [InlineData(Level.Region, new[] { "Y56", "Y63" }, new[] { 6.0, 149.0 })]
    [InlineData(Level.SubIcb, new[] { "SQAA", "SQBB" }, new[] { 15.0, 140.0 })]
    [InlineData(Level.Pcn, new[] { "UQAA", "UQBB" }, new[] { 15.0, 140.0 })]
    public void Geography_levels_group_by_the_area_code_in_force_that_month(Level level, string[] codes, double[] numerators)
    {
        var results = new IndicatorEngine().Run(OneYear(Scored), [Definitions.GpRate().Build()], level);

        Assert.Equal(codes, results.Values.Select(v => v.AreaCode));
        Assert.Equal(numerators, results.Values.Select(v => v.Numerator!.Value));
    }
}
