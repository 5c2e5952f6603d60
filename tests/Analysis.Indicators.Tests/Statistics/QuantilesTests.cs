using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

using Polarity = Analysis.Statistics.Polarity;

public sealed class QuantilesTests
{
    private static readonly double[] PheExample = [7, 2, 9, 4, 4, 6, 1, 8];

    [Fact]
    public void Section09_example_quartiles_of_1_to_17()
    {
        var values = Enumerable.Range(1, 17).Select(i => (double)i).ToArray();

        Assert.Equal(5.0, Quantiles.Percentile(values, 0.25));
        Assert.Equal(13.0, Quantiles.Percentile(values, 0.75));
        Assert.Equal(5.0, Quantiles.FingertipsPercentile(values, 0.25));
        Assert.Equal(13.0, Quantiles.FingertipsPercentile(values, 0.75));
    }

    [Fact]
    public void Section09_example_quintile_bounds_of_1_to_50()
    {
        var values = Enumerable.Range(1, 50).Select(i => (double)i);

        Assert.Equal([1, 10.8, 20.6, 30.4, 40.2, 50], Quantiles.FingertipsQuintileBounds(values));
    }

    [Fact]
    public void Section09_example_phe_quantiles_in_both_directions()
    {
        Assert.Equal([3, 1, 4, 2, 2, 3, 1, 4], Quantiles.PheQuantiles(PheExample, 4, invert: false));
        Assert.Equal([2, 4, 1, 3, 3, 2, 4, 1], Quantiles.PheQuantiles(PheExample, 4, invert: true));
    }

    [Fact]
    public void Section09_phe_quantiles_skip_missing_values_and_need_at_least_as_many_values_as_quantiles()
    {
        var withMissing = Quantiles.PheQuantiles([7, double.NaN, 2, 9, 4], 4, invert: false);

        Assert.Null(withMissing[1]);
        Assert.Equal([3, null, 1, 4, 2], withMissing);
        Assert.All(Quantiles.PheQuantiles([1, 2, 3], 4, invert: false), q => Assert.Null(q));
    }

    [Fact]
    public void Section09_equal_count_tiles_put_larger_groups_first_and_break_ties_by_position()
    {
        var twelve = Enumerable.Range(1, 12).Select(i => (double)i).ToArray();

        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5], Quantiles.EqualCountTiles(twelve, 5));
        Assert.Equal([1, 1, 2, 2, 3], Quantiles.EqualCountTiles([5, 5, 5, 5, 5], 3));
        Assert.Equal([2, null, 1], Quantiles.EqualCountTiles([9, double.NaN, 3], 2));
    }

    [Fact]
    public void Section15_the_three_quintile_conventions_disagree_on_3_of_12_values()
    {
        var scores = Enumerable.Range(1, 12).Select(i => (double)i).ToArray();

        var phe = Quantiles.PheQuantiles(scores, 5, invert: false);
        var tiles = Quantiles.EqualCountTiles(scores, 5);
        var bounds = Quantiles.FingertipsQuintileBounds(scores);
        var fingertips = scores.Select(s => Quantiles.FingertipsQuintile(s, bounds, Polarity.LowIsGood)).ToArray();

        Assert.Equal([1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5], phe);
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5], tiles);
        Assert.Equal([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5], fingertips);
        var disagreements = Enumerable.Range(0, 12).Count(i => phe[i] != tiles[i] || tiles[i] != fingertips[i]);
        Assert.Equal(3, disagreements);
    }

    [Fact]
    public void Section09_ties_share_the_lower_phe_quantile_but_are_split_by_position_in_tiles()
    {
        double[] scores = [10, 20, 20, 20, 30, 40, 50, 50, 60, 70];

        Assert.Equal([1, 1, 1, 1, 3, 3, 4, 4, 5, 5], Quantiles.PheQuantiles(scores, 5, invert: false));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], Quantiles.EqualCountTiles(scores, 5));
    }

    [Fact]
    public void Section09_fingertips_quintiles_need_five_values_and_high_is_good_reverses_them()
    {
        var bounds = Quantiles.FingertipsQuintileBounds(Enumerable.Range(1, 50).Select(i => (double)i));

        Assert.Equal(1, Quantiles.FingertipsQuintile(10.8, bounds, Polarity.LowIsGood));
        Assert.Equal(2, Quantiles.FingertipsQuintile(10.9, bounds, Polarity.LowIsGood));
        Assert.Equal(5, Quantiles.FingertipsQuintile(50, bounds, Polarity.NoJudgement));
        Assert.Equal(1, Quantiles.FingertipsQuintile(50, bounds, Polarity.HighIsGood));
        Assert.Equal(0, Quantiles.FingertipsQuintile(51, bounds, Polarity.LowIsGood));
        Assert.Empty(Quantiles.FingertipsQuintileBounds([1, 2, 3, 4]));
        Assert.Equal(0, Quantiles.FingertipsQuintile(2, [], Polarity.LowIsGood));
    }

    [Fact]
    public void Section09_spine_statistics_use_the_same_percentile_rule_and_need_more_than_three_values()
    {
        var spine = Quantiles.Spine(Enumerable.Range(1, 17).Select(i => (double)i));

        Assert.Equal(new SpineStatistics(1, 1.8, 5, 9, 13, 16.2, 17), spine);
        Assert.Null(Quantiles.Spine([3, 1, 2]));
    }

    [Fact]
    public void Percentiles_ignore_missing_values_and_refuse_fractions_outside_0_to_1()
    {
        Assert.Equal(2.5, Quantiles.Percentile([4, double.NaN, 1, 2, 3], 0.5));
        Assert.True(double.IsNaN(Quantiles.Percentile([], 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Percentile([1, 2], 1.5));
    }

    [Fact]
    public void Ranks_follow_their_tie_rules_and_leave_missing_values_unranked()
    {
        double[] values = [30, 10, 20, 20, double.NaN, 5];

        Assert.Equal([5, 2, 3, 3, double.NaN, 1], Ranks.Minimum(values));
        Assert.Equal([5, 2, 3.5, 3.5, double.NaN, 1], Ranks.Average(values));
        Assert.Equal([5, 2, 3, 4, double.NaN, 1], Ranks.ByPosition(values));
    }
}
