using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Qof;

public sealed class QofAchievementReaderTests
{
    private const string File1718 = "qof/QOF 2017-18.csv";
    private const string File2223 = "qof/QOF 2022-23.csv";

    private static readonly FinancialYear Year2223 = FinancialYear.Parse("2022-23").Value;

    private static ReaderOptions In(string year) => new() { Period = year };

    private static QofAchievement Practice(IEnumerable<QofAchievement> rows, string code) =>
        rows.Single(r => r.Practice == OdsCode.From(code));

    [SharedDataFact]
    public void The_2017_18_table_reads_all_7100_practices_with_559_points_from_its_header()
    {
        var result = NhsFile.Read<QofAchievement>(SharedData.Path(File1718));

        Assert.Equal(DatasetKind.QofAchievement, result.Report.Kind);
        Assert.Equal("2017-18", result.Report.Vintage);
        Assert.Equal("UTF-8 with BOM", result.Report.Encoding);
        Assert.Equal(7100, result.Report.DataRows);
        Assert.Equal(7100, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(FinancialYear.Parse("2017-18").Value, r.Year));
        Assert.All(result.Rows, r => Assert.Equal(559, r.MaximumPoints));
        Assert.Equal(58_383_266, result.Rows.Sum(r => r.ListSize));
    }

    [SharedDataFact]
    public void A_2017_18_practice_reads_its_scores_list_size_and_hierarchy()
    {
        var rows = NhsFile.Read<QofAchievement>(SharedData.Path(File1718)).Rows;

        var c85014 = Practice(rows, "C85014");
        Assert.Equal("THE ROSE TREE PMS PRACTICE", c85014.Name);
        Assert.Equal(8629, c85014.ListSize);
        Assert.Equal(465.83m, c85014.PointsAchieved);
        Assert.Equal(83.33273703m, c85014.PercentOfMaximum);
        Assert.Equal(550m, c85014.PointsAvailable);
        Assert.Equal(84.69636364m, c85014.PercentOfAvailable);
        Assert.Equal("Y54", c85014.Region?.Code);
        Assert.Equal("NORTH OF ENGLAND", c85014.Region?.Name);
        Assert.Equal("Q72", c85014.LocalOffice?.Code);
        Assert.Equal("02P", c85014.SubIcb?.Code);
        Assert.Equal("NHS BARNSLEY CCG", c85014.SubIcb?.Name);
        Assert.Null(c85014.Icb);
        Assert.Null(c85014.Pcn);
    }

    [SharedDataFact]
    public void The_11_withheld_2017_18_practices_are_read_with_null_scores()
    {
        var rows = NhsFile.Read<QofAchievement>(SharedData.Path(File1718)).Rows;

        var withheld = rows.Where(r => r.PointsAchieved is null).ToList();
        Assert.Equal(11, withheld.Count);
        Assert.All(withheld, r =>
        {
            Assert.Null(r.PercentOfMaximum);
            Assert.Null(r.PointsAvailable);
            Assert.Null(r.PercentOfAvailable);
            Assert.NotNull(r.ListSize);
        });
        Assert.Equal(5134, Practice(withheld, "C85015").ListSize);
    }

    [SharedDataFact]
    public void The_2022_23_table_needs_its_year_because_2021_22_has_the_same_header()
    {
        var path = SharedData.Path(File2223);

        Assert.Equal(QofAchievementLayouts.Shared635Twelve, NhsFile.Identify(path).Vintage);
        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<QofAchievement>(path));
        Assert.Equal(1, error.Line);
        Assert.Contains("ReaderOptions.Period", error.Message, StringComparison.Ordinal);
        var inspected = NhsFile.Inspect(path);
        Assert.Equal(6378, inspected.RowsRead);
        Assert.Null(inspected.Period);
    }

    [SharedDataFact]
    public void The_2022_23_table_reads_all_6378_practices_with_635_points_and_the_given_year()
    {
        var result = NhsFile.Read<QofAchievement>(SharedData.Path(File2223), In("2022-23"));

        Assert.Equal(6378, result.Report.DataRows);
        Assert.Equal(6378, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.Equal("2022-23", result.Report.Period);
        Assert.All(result.Rows, r => Assert.Equal(Year2223, r.Year));
        Assert.All(result.Rows, r => Assert.Equal(635, r.MaximumPoints));
        Assert.Equal(62_378_057, result.Rows.Sum(r => r.ListSize));
        Assert.Equal(106, result.Rows.Select(r => r.SubIcb!.Code).Distinct().Count());
        Assert.Equal(63, result.Rows.Count(r => r.Pcn is null));
        Assert.Equal(1267, result.Rows.Where(r => r.Pcn is not null).Select(r => r.Pcn!.Code).Distinct().Count());
    }

    [SharedDataFact]
    public void The_2022_23_headers_with_line_feeds_map_and_a_practice_reads_its_values()
    {
        var result = NhsFile.Read<QofAchievement>(SharedData.Path(File2223), In("2022-23"));

        Assert.Equal("Sub ICB Loc \nODS code", result.Report.MappedColumns[AreaFields.SubIcbCode]);
        Assert.Equal(["Sub ICB Loc \nONS code"], result.Report.UnmappedColumns);
        var a84006 = Practice(result.Rows, "A84006");
        Assert.Equal("Alnwick Medical Group", a84006.Name);
        Assert.Equal(18846, a84006.ListSize);
        Assert.Equal(586.63m, a84006.PointsAchieved);
        Assert.Equal(92.38267717m, a84006.PercentOfMaximum);
        Assert.Equal("00L", a84006.SubIcb?.Code);
        Assert.Equal("U25545", a84006.Pcn?.Code);
        Assert.Equal("Well Up North PCN", a84006.Pcn?.Name);
        Assert.Null(a84006.Region);
        var p81683 = Practice(result.Rows, "P81683");
        Assert.Equal(632m, p81683.PointsAvailable);
        Assert.Equal(79.30537975m, p81683.PercentOfAvailable);
    }

    [Theory]
    [InlineData("2018-19_region-local-office-ccg.csv", "2018-19", null, 559)]
    [InlineData("2019-20_ccg-practice-parent-pcn.csv", "2019-20", null, 559)]
    [InlineData("2021-22_sub-icb-without-line-feeds.csv", QofAchievementLayouts.Shared635Twelve, "2021-22", 635)]
    [InlineData("2023-24_nine-columns-line-feed-headers.csv", QofAchievementLayouts.Shared635Nine, "2023-24", 635)]
    public void Every_vintage_between_is_identified_and_read(string file, string vintage, string? givenYear, int maximum)
    {
        var options = givenYear is null ? null : In(givenYear);

        var result = NhsFile.Read<QofAchievement>(Fixture.Path("Qof", file), options);

        Assert.Equal(vintage, result.Report.Vintage);
        Assert.Equal(2, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        var year = FinancialYear.Parse(givenYear ?? vintage).Value;
        Assert.All(result.Rows, r => Assert.Equal(year, r.Year));
        Assert.All(result.Rows, r => Assert.Equal(maximum, r.MaximumPoints));
        Assert.All(result.Rows, r => Assert.NotNull(r.PointsAchieved));
    }

    [Fact]
    public void The_2018_19_table_reads_its_local_office_and_points_available()
    {
        var rows = NhsFile.Read<QofAchievement>(Fixture.Path("Qof", "2018-19_region-local-office-ccg.csv")).Rows;

        var x2 = Practice(rows, "X00002");
        Assert.Equal(824, x2.ListSize);
        Assert.Equal(550m, x2.PointsAvailable);
        Assert.Equal(73.29m, x2.PercentOfAvailable);
        Assert.Equal("Q71a", x2.LocalOffice?.Code);
        Assert.Equal("Y56", x2.Region?.Code);
        Assert.Equal("00X", x2.SubIcb?.Code);
    }

    [Fact]
    public void An_unallocated_PCN_is_no_PCN()
    {
        var rows = NhsFile.Read<QofAchievement>(Fixture.Path("Qof", "2019-20_ccg-practice-parent-pcn.csv")).Rows;

        Assert.Equal("U00001", Practice(rows, "X00001").Pcn?.Code);
        Assert.Null(Practice(rows, "X00002").Pcn);
        Assert.Equal("NHS Invented CCG", Practice(rows, "X00002").SubIcb?.Name);
    }

    [Fact]
    public void The_nine_column_tables_have_no_list_size_or_points_available()
    {
        var rows = NhsFile.Read<QofAchievement>(Fixture.Path("Qof", "2023-24_nine-columns-line-feed-headers.csv"), In("2024-25")).Rows;

        var x2 = Practice(rows, "X00002");
        Assert.Equal(FinancialYear.Parse("2024-25").Value, x2.Year);
        Assert.Equal("Invented Medical Centre,", x2.Name);
        Assert.Null(x2.ListSize);
        Assert.Null(x2.PointsAvailable);
        Assert.Equal(624.38m, x2.PointsAchieved);
    }

    [Fact]
    public void A_withheld_row_is_read_and_a_bad_list_size_is_rejected_with_its_location()
    {
        var result = NhsFile.Read<QofAchievement>(Fixture.Path("Qof", "2017-18_withheld-scores-and-bad-list-size.csv"));

        Assert.Equal(3, result.Report.DataRows);
        Assert.Equal(2, result.Rows.Count);
        Assert.Null(Practice(result.Rows, "X00002").PointsAchieved);
        Assert.Equal(5134, Practice(result.Rows, "X00002").ListSize);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Equal("14 'All ages'", issue.Column);
        Assert.Equal(IssueCode.NotAWholeNumber, issue.Code);
        Assert.Equal("9,431 est", issue.Value);
    }

    [Theory]
    [InlineData("Achievement score (max. 559)", 559)]
    [InlineData("Achievement score (559 max)", 559)]
    [InlineData("Achievement score (635 max)", 635)]
    public void The_maximum_is_read_from_the_achievement_header(string header, int maximum) =>
        Assert.Equal(maximum, QofAchievementDataset.MaximumIn(header));

    [Fact]
    public void Every_layouts_achievement_header_names_its_maximum()
    {
        foreach (var layout in QofAchievementLayouts.Table.Layouts)
        {
            var header = layout.Columns.Single(c => c.Field == nameof(QofAchievement.PointsAchieved)).Headers[0];
            Assert.Contains(QofAchievementDataset.MaximumIn(header), new[] { 559, 567, 635 });
        }
    }
}
