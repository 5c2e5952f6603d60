using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Deprivation;

public sealed class PracticeDeprivationReaderTests
{
    public const string IndicatorFile = "deprivation-imd/indicator-data.csv";

    [SharedDataFact]
    public void Every_practice_is_read_and_the_two_england_rows_are_skipped_with_a_reason()
    {
        var result = NhsFile.Read<PracticeDeprivation>(SharedData.Path(IndicatorFile));

        Assert.Equal(DatasetKind.PracticeDeprivation, result.Report.Kind);
        Assert.Equal(6547, result.Report.DataRows);
        Assert.Equal(6545, result.Rows.Count);
        Assert.Equal(new Dictionary<string, int> { ["England summary row"] = 2 }, result.Report.Skipped);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(2019, r.ImdYear));
        Assert.Equal(6545, result.Rows.Select(r => r.Practice).Distinct().Count());
    }

    [SharedDataFact]
    public void A81001_keeps_every_published_digit_of_its_score()
    {
        var rows = NhsFile.Read<PracticeDeprivation>(SharedData.Path(IndicatorFile)).Rows;

        Assert.Equal(32.3609392614188m, rows.Single(r => r.Practice == OdsCode.From("A81001")).Score);
        Assert.Equal(3.40497320899941m, rows.Min(r => r.Score));
        Assert.Equal(68.7210150881197m, rows.Max(r => r.Score));
    }

    [Fact]
    public void Only_deprivation_rows_of_practices_are_read_and_every_other_row_is_counted_with_its_reason()
    {
        var result = NhsFile.Read<PracticeDeprivation>(Fixture("indicator-data_mixed-indicators.csv"));

        Assert.Equal(8, result.Report.DataRows);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["England summary row"] = 1,
                ["no score published for the practice"] = 1,
                ["area type 'PCNs (v. 01/01/99)' is not a GP practice"] = 1,
                ["indicator 90999 'Invented percentage of patients aged 65+' is not a deprivation score"] = 2,
            },
            result.Report.Skipped);
        Assert.Equal(
            [("X00001", 2019, 32.25m), ("X00003", 2015, 12.125m), ("X00004", 2010, 40m)],
            result.Rows.Select(r => (r.Practice.Value, r.ImdYear, r.Score)));
    }

    [Fact]
    public void A_score_that_is_not_a_number_is_rejected_with_its_line_and_column()
    {
        var result = NhsFile.Read<PracticeDeprivation>(Fixture("indicator-data_bad-value.csv"));

        Assert.Equal(1, result.Report.RowsRead);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((3, "13 'Value'", IssueCode.NotANumber, "3l.9"), (issue.Line, issue.Column, issue.Code, issue.Value));
    }

    private static string Fixture(string name) => Support.Fixture.Path("Deprivation", name);
}
