using Analysis.Indicators.Review;

namespace Analysis.Indicators.Tests.Review;

public sealed class RankCorrelationTests
{
    [Fact]
    public void Ties_share_their_average_rank()
    {
        // Ranks of y: 1, 2, 3.5, 5, 3.5; ρ = 8 / √(10 × 9.5).
        var rho = RankCorrelation.Spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7], minimum: 3);

        Assert.Equal(8 / Math.Sqrt(95), rho!.Value, 12);
    }

    [Fact]
    public void A_monotone_transform_correlates_perfectly_and_a_reversal_negatively()
    {
        double[] x = [.. Enumerable.Range(1, 40).Select(i => (double)i)];

        Assert.Equal(1.0, RankCorrelation.Spearman(x, [.. x.Select(v => Math.Exp(v / 10))])!.Value, 12);
        Assert.Equal(-1.0, RankCorrelation.Spearman(x, [.. x.Select(v => -v * v)])!.Value, 12);
    }

    [Fact]
    public void Its_ranks_are_the_statistics_librarys_average_ranks()
    {
        var random = new Random(11);
        double[] values = [.. Enumerable.Range(0, 500).Select(_ => (double)random.Next(0, 60))];

        Assert.Equal(Analysis.Statistics.Ranks.Average(values), RankCorrelation.AverageRanks(values));
    }

    [Fact]
    public void Too_few_pairs_or_no_spread_give_no_coefficient()
    {
        double[] x = [.. Enumerable.Range(1, 29).Select(i => (double)i)];

        Assert.Null(RankCorrelation.Spearman(x, x));
        Assert.Null(RankCorrelation.Spearman([.. x, 30], [.. Enumerable.Repeat(1.0, 30)]));
    }
}
