using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Survey;

namespace Analysis.Data.Tests.Survey;

public sealed class SurveyReaderTests
{
    private const string Before2024 = "pre2024-fractions-and-suppression.csv";
    private const string From2024 = "from2024-fractions-and-suppression-codes.csv";

    [Theory]
    [InlineData(Before2024, "2018-2023", "Practice_Code", "Q28_12pct", "Q3_1234base")]
    [InlineData(From2024, "2024+", "ad_practicecode", "overallexp.pcteval", "localgpservicesphone.baseevaluw")]
    public void Both_questionnaires_are_identified_from_the_header(string file, string vintage, string practice, string overall, string phoneBase)
    {
        var identity = NhsFile.Identify(Fixture(file));

        Assert.Equal(DatasetKind.PatientSurvey, identity.Kind);
        Assert.Equal(vintage, identity.Vintage);
        Assert.Equal(practice, identity.MappedColumns[nameof(SurveyResult.Practice)]);
        Assert.Equal(overall, identity.MappedColumns[nameof(SurveyResult.OverallGoodPercent)]);
        Assert.Equal(phoneBase, identity.MappedColumns[nameof(SurveyResult.PhoneBase)]);
        Assert.Equal(5, identity.MappedColumns.Count);
    }

    [Fact]
    public void Unrelated_published_columns_are_reported_unmapped()
    {
        var before = NhsFile.Identify(Fixture(Before2024));
        var after = NhsFile.Identify(Fixture(From2024));

        Assert.Equal(
            ["Practice_Name", "ICS_Code", "ICS_Name", "distributed", "received", "resprate", "Q3_12", "Q9_12pct",
             "Q18_12", "Q18base", "Q18_12pct", "Q28_12", "Q90_12pct"],
            before.UnmappedColumns);
        Assert.Equal(52 - 5, after.UnmappedColumns.Count);
        Assert.Contains("gpcontactoverall.pcteval", after.UnmappedColumns);
        Assert.Contains("overallexp.baseevalw", after.UnmappedColumns);
    }

    [Fact]
    public void Pre_2024_fractions_become_percents_with_bases()
    {
        var result = Read(Before2024, 2023);
        var x1 = result.Rows.Single(r => r.Practice == OdsCode.From("X00001"));

        Assert.Equal(3, result.Report.RowsRead);
        Assert.Equal(new SurveyYear(2023), x1.Year);
        Assert.Equal(85.7919m, x1.OverallGoodPercent);
        Assert.Equal(118, x1.OverallBase);
        Assert.Equal(57.7351m, x1.PhoneEasyPercent);
        Assert.Equal(101, x1.PhoneBase);
        Assert.Null(x1.AppointmentTimesSatisfiedPercent);
    }

    [Fact]
    public void Suppressed_cells_read_as_missing_and_keep_the_row()
    {
        var rows = Read(Before2024, 2023).Rows;
        var minus97 = rows.Single(r => r.Practice == OdsCode.From("X00002"));
        var star = rows.Single(r => r.Practice == OdsCode.From("X00003"));

        Assert.Null(minus97.OverallGoodPercent);
        Assert.Equal(9, minus97.OverallBase);
        Assert.Null(minus97.PhoneEasyPercent);
        Assert.Equal(8, minus97.PhoneBase);
        Assert.Null(star.PhoneEasyPercent);
        Assert.Null(star.PhoneBase);
        Assert.Equal(83.1088083m, star.OverallGoodPercent);
        Assert.Equal(97, star.OverallBase); // weighted base 96.5, rounded half away from zero
    }

    [Fact]
    public void From_2024_fractions_become_percents_with_unweighted_bases()
    {
        var result = Read(From2024, 2025);
        var x1 = result.Rows.Single(r => r.Practice == OdsCode.From("X00001"));

        Assert.Equal(3, result.Report.DataRows);
        Assert.Equal(3, result.Report.RowsRead);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(86m, x1.OverallGoodPercent);
        Assert.Equal(119, x1.OverallBase);
        Assert.Equal(67.0050761m, x1.PhoneEasyPercent);
        Assert.Equal(112, x1.PhoneBase);
    }

    [Fact]
    public void From_2024_suppression_codes_read_as_missing()
    {
        var rows = Read(From2024, 2024).Rows;
        var suppressed = rows.Single(r => r.Practice == OdsCode.From("X00002"));
        var underHalfPercent = rows.Single(r => r.Practice == OdsCode.From("X00003"));

        Assert.Null(suppressed.OverallGoodPercent);
        Assert.Equal(9, suppressed.OverallBase);
        Assert.Null(suppressed.PhoneEasyPercent);
        Assert.Equal(7, suppressed.PhoneBase);
        Assert.Null(underHalfPercent.PhoneEasyPercent);
        Assert.Equal(80, underHalfPercent.PhoneBase);
        Assert.Equal(30m, underHalfPercent.OverallGoodPercent);
    }

    [Fact]
    public void A_percent_published_out_of_100_is_rejected_where_it_is()
    {
        var result = Read("from2024-percent-out-of-100.csv", 2025);

        Assert.Equal(1, result.Report.RowsRead);
        Assert.Equal(1, result.Report.RowsRejected);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Equal("50 'overallexp.pcteval'", issue.Column);
        Assert.Equal(IssueCode.UnexpectedValue, issue.Code);
        Assert.Equal("87.5", issue.Value);
    }

    [Fact]
    public void Reading_without_a_survey_year_says_how_to_give_one()
    {
        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<SurveyResult>(Fixture(From2024)));

        Assert.Equal(1, error.Line);
        Assert.Contains("ReaderOptions.Period", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Before2024, 2024)]
    [InlineData(From2024, 2023)]
    public void A_survey_year_the_header_contradicts_is_refused(string file, int year)
    {
        var error = Assert.Throws<DataFormatException>(() => Read(file, year));

        Assert.Contains("redesigned in 2024", error.Message, StringComparison.Ordinal);
    }

    private static ReadResult<SurveyResult> Read(string file, int year) =>
        NhsFile.Read<SurveyResult>(Fixture(file), new ReaderOptions { Period = new SurveyYear(year).ToString() });

    private static string Fixture(string file) => Support.Fixture.Path("survey", file);
}
