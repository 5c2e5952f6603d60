using Analysis.Data.Periods;
using Analysis.Indicators;
using Analysis.Statistics;
using Polarity = Analysis.Indicators.Polarity;

namespace Analysis.Reports.Tests.Html;

public sealed class ComparisonTextTests
{
    [Theory]
    [InlineData(BenchmarkOutcome.Better, 5.0, 4.0, "c-better", "▲", "Better")]
    [InlineData(BenchmarkOutcome.Better, 3.0, 4.0, "c-better", "▼", "Better")]
    [InlineData(BenchmarkOutcome.Worst, 3.0, 4.0, "c-worse", "▼", "Much worse")]
    [InlineData(BenchmarkOutcome.Higher, 5.0, 4.0, "c-higher", "▲", "Higher")]
    [InlineData(BenchmarkOutcome.MuchLower, 3.0, 4.0, "c-lower", "▼", "Much lower")]
    [InlineData(BenchmarkOutcome.Similar, 4.1, 4.0, "c-similar", "●", "Similar")]
    [InlineData(BenchmarkOutcome.NotCompared, 4.1, 4.0, "c-none", "○", "Not compared")]
    public void An_outcome_has_a_colour_a_direction_and_a_word(BenchmarkOutcome outcome, double value, double england, string css, string symbol, string word)
    {
        Assert.Equal(css, ComparisonText.CssClass(outcome));
        Assert.Equal(symbol, ComparisonText.Symbol(outcome, value, england));
        Assert.Equal(word, ComparisonText.Word(outcome));
    }

    [Fact]
    public void Quintile_one_is_the_worst_fifth_where_a_direction_is_better_and_the_lowest_otherwise()
    {
        var judged = new IndicatorDefinition { Id = "A", Title = "a", Polarity = Polarity.LowerIsBetter };
        var neutral = judged with { Polarity = Polarity.NoJudgement };
        Assert.Equal(["worst fifth", "", "best fifth"], new[] { 1, 3, 5 }.Select(q => ComparisonText.Quintile(judged, q)));
        Assert.Equal(["lowest fifth", "highest fifth"], new[] { 1, 5 }.Select(q => ComparisonText.Quintile(neutral, q)));
    }
}
