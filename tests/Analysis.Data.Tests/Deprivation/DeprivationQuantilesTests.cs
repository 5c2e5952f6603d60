using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Deprivation;

public sealed class DeprivationQuantilesTests
{
    [SharedDataFact]
    public void Practices_fall_into_five_equal_quintiles_with_1_least_deprived()
    {
        var scores = NhsFile.Read<PracticeDeprivation>(SharedData.Path(PracticeDeprivationReaderTests.IndicatorFile)).Rows;

        var quintiles = DeprivationQuantiles.Quintiles(scores);

        Assert.All(quintiles.CountBy(q => q.Value), q => Assert.Equal(1309, q.Value));
        Assert.Equal(1, quintiles[OdsCode.From("K82012")]);
        Assert.Equal(5, quintiles[OdsCode.From("N82099")]);
        Assert.Equal(4, quintiles[OdsCode.From("A81001")]);
        // The same gradient as the workforce panel's IMD_quintile (mean IMD 9.8 vs 41.8 across its years).
        decimal MeanScore(int quintile) => Math.Round(scores.Where(s => quintiles[s.Practice] == quintile).Average(s => s.Score), 1);
        Assert.Equal((9.8m, 41.6m), (MeanScore(1), MeanScore(5)));
    }

    [SharedDataFact]
    public void Deciles_hold_654_or_655_practices_each()
    {
        var scores = NhsFile.Read<PracticeDeprivation>(SharedData.Path(PracticeDeprivationReaderTests.IndicatorFile)).Rows;

        var deciles = DeprivationQuantiles.Assign(scores, 10);

        Assert.All(deciles.CountBy(d => d.Value), d => Assert.InRange(d.Value, 654, 655));
        Assert.Equal(8, deciles[OdsCode.From("A81001")]);
    }

    [Fact]
    public void Groups_follow_rank_and_equal_scores_share_a_group()
    {
        var scores = new[] { 60m, 10m, 20m, 30m, 30m, 40m, 50m }
            .Select((s, i) => Score($"X0000{i + 1}", s))
            .ToList();

        var groups = DeprivationQuantiles.Assign(scores, 3);

        // Ranks 10→1, 20→2, 30→3, 30→3 (tie; rank 4 alone would be group 2), 40→5, 50→6, 60→7;
        // group = ⌊3(r−1)/7⌋ + 1.
        Assert.Equal(
            new Dictionary<OdsCode, int>
            {
                [OdsCode.From("X00002")] = 1, [OdsCode.From("X00003")] = 1, [OdsCode.From("X00004")] = 1, [OdsCode.From("X00005")] = 1,
                [OdsCode.From("X00006")] = 2,
                [OdsCode.From("X00007")] = 3, [OdsCode.From("X00001")] = 3,
            },
            groups);
    }

    [Fact]
    public void Mixed_imd_vintages_and_repeated_practices_are_refused()
    {
        var mixed = new[] { Score("X00001", 10m), Score("X00002", 20m) with { ImdYear = 2015 } };
        var repeated = new[] { Score("X00001", 10m), Score("X00001", 20m) };

        Assert.Contains("IMD 2015, 2019", Assert.Throws<ArgumentException>(() => DeprivationQuantiles.Quintiles(mixed)).Message, StringComparison.Ordinal);
        Assert.Contains("X00001", Assert.Throws<ArgumentException>(() => DeprivationQuantiles.Quintiles(repeated)).Message, StringComparison.Ordinal);
    }

    private static PracticeDeprivation Score(string practice, decimal score) =>
        new() { Practice = OdsCode.From(practice), ImdYear = 2019, Score = score };
}
