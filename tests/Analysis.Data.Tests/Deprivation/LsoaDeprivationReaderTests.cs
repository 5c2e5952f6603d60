using Analysis.Data.Deprivation;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Deprivation;

public sealed class LsoaDeprivationReaderTests
{
    private const string Workbook = "deprivation-imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx";

    [SharedDataFact]
    public void The_imd2019_sheet_is_found_past_the_image_only_notes_sheet_and_every_lsoa_is_read()
    {
        var result = NhsFile.Read<LsoaDeprivation>(SharedData.Path(Workbook));

        Assert.Equal(DatasetKind.LsoaDeprivation, result.Report.Kind);
        Assert.Equal("IMD2019", result.Report.Sheet);
        Assert.Equal("xlsx", result.Report.Encoding);
        Assert.Equal(32_844, result.Report.DataRows);
        Assert.Equal(32_844, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        // 26 pairs of LSOAs tie, sharing a rank and skipping the next, so ranks are not quite 1..32,844.
        var tiedRanks = result.Rows.CountBy(r => r.Rank).Where(r => r.Value > 1).Select(r => r.Key).Order().ToList();
        Assert.Equal(26, tiedRanks.Count);
        Assert.All(tiedRanks, rank => Assert.DoesNotContain(result.Rows, r => r.Rank == rank + 1));
        Assert.Equal((1, 32_844), (result.Rows.Min(r => r.Rank), result.Rows.Max(r => r.Rank)));
        Assert.All(result.Rows.CountBy(r => r.Decile), d => Assert.InRange(d.Value, 3284, 3286));
    }

    [SharedDataFact]
    public void The_first_city_of_london_lsoa_is_in_the_ninth_decile()
    {
        var rows = NhsFile.Read<LsoaDeprivation>(SharedData.Path(Workbook)).Rows;
        var first = rows[0];

        Assert.Equal(("E01000001", "City of London 001A", "E09000001", "City of London"), (first.Lsoa, first.Name, first.LocalAuthority, first.LocalAuthorityName));
        Assert.Equal((29199, 9), (first.Rank, first.Decile));
        Assert.Equal(1, rows.Single(r => r.Rank == 1).Decile);
    }

    [Fact]
    public void A_text_rank_and_an_eleventh_decile_are_rejected_with_their_row_and_column_letter()
    {
        var result = NhsFile.Read<LsoaDeprivation>(Support.Fixture.Path("Deprivation", "imd2019-file1_empty-notes-sheet-bad-rank.xlsx"));

        Assert.Equal("IMD2019", result.Report.Sheet);
        Assert.Equal(1, result.Report.RowsRead);
        var rank = result.Report.Issues[0];
        Assert.Equal((3, "E 'Index of Multiple Deprivation (IMD) Rank'", IssueCode.NotAWholeNumber, "high"), (rank.Line, rank.Column, rank.Code, rank.Value));
        var decile = result.Report.Issues[1];
        Assert.Equal((4, "F 'Index of Multiple Deprivation (IMD) Decile'", IssueCode.UnexpectedValue), (decile.Line, decile.Column, decile.Code));
    }
}
