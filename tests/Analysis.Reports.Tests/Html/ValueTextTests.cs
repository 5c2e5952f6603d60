using Analysis.Indicators;

namespace Analysis.Reports.Tests.Html;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData(4.2816, "4.28")]
    [InlineData(0.38512, "0.385")]
    [InlineData(268.84, "268.8")]
    [InlineData(2936.4, "2,936")]
    [InlineData(-0.0001, "0.000")]
    [InlineData(-12.5, "-12.50")]
    public void Numbers_keep_fewer_decimals_the_larger_they_are(double value, string text) =>
        Assert.Equal(text, ValueText.Number(value));

    [Fact]
    public void No_value_and_non_finite_values_show_a_dash() =>
        Assert.Equal(["–", "–", "–"], new double?[] { null, double.NaN, double.PositiveInfinity }.Select(ValueText.Number));

    [Theory]
    [InlineData("FTE per 10,000 weighted patients", 5.123, "5.12 FTE per 10,000 weighted patients")]
    [InlineData("% of respondents", 68.4812, "68.48% of respondents")]
    [InlineData("£ per weighted patient", 165.52, "£165.5 per weighted patient")]
    public void A_value_carries_its_indicators_unit(string unit, double value, string text) =>
        Assert.Equal(text, ValueText.WithUnit(new IndicatorDefinition { Id = "X01", Title = "x", Unit = unit, ValueType = IndicatorValueType.Rate, Multiplier = 10_000 }, value));

    [Fact]
    public void A_shortfalls_value_is_its_supply_rate_per_the_multiplier_of_need()
    {
        var d = new IndicatorDefinition { Id = "SF01", Title = "x", Unit = "FTE", ValueType = IndicatorValueType.Shortfall, Multiplier = 10_000 };
        Assert.Equal("3.33 per 10,000 of need", ValueText.WithUnit(d, 3.331));
        Assert.Equal("Short by 0.550 FTE (22.1%) against a target of 4.28", ScorecardTable.Gap(d, 0.55, 22.08, 4.28));
        Assert.Equal("Over by 12.50 FTE (3.0%) against a target of 4.28", ScorecardTable.Gap(d, -12.5, -3.0, 4.28));
    }
}
