using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;

namespace Analysis.Data.Tests.Reading;

/// <summary>Core behaviour found while writing the payments and QOF readers.</summary>
public sealed class ReaderCoreTests
{
    [Fact]
    public void A_required_cell_that_does_not_parse_is_one_issue_not_also_a_missing_value()
    {
        var result = NhsFile.Read<PracticePayments>(Fixture.Path("Payments", "2019-20_bad-global-sum-and-practice-code.csv"));

        var practice = Assert.Single(result.Report.Issues, i => i.Line == 4);
        Assert.Equal(IssueCode.NotAPracticeCode, practice.Code);
        Assert.Equal("expected a practice code (one letter and five digits), found 'X0003'", practice.Message);
    }

    [Theory]
    [InlineData("2017-18", 2017)]
    [InlineData("2021-22 or 2022-23", null)]
    [InlineData("raw data CSV", null)]
    public void A_layout_names_a_year_only_when_its_vintage_is_one_financial_year(string vintage, int? startYear)
    {
        var layout = new Layout(DatasetKind.QofAchievement, vintage, [], null);

        Assert.Equal(startYear, layout.Year?.StartYear);
    }

    [Fact]
    public void The_report_gives_the_year_the_header_names()
    {
        var report = NhsFile.Inspect(Fixture.Path("Payments", "2019-20_footnoted-headers.csv"));

        Assert.Equal("2019-20", report.Period);
    }
}
