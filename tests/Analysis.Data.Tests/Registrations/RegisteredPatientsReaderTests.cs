using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Registrations;

public sealed class RegisteredPatientsReaderTests
{
    private const string TotalsFile = "gp-registered-patients/gp-reg-pat-prac-all.csv";

    [SharedDataFact]
    public void The_January_2021_totals_file_is_the_ccg_vintage_and_every_practice_is_read()
    {
        var result = NhsFile.Read<RegisteredPatients>(SharedData.Path(TotalsFile));

        Assert.Equal(DatasetKind.RegisteredPatients, result.Report.Kind);
        Assert.Equal("CCG", result.Report.Vintage);
        Assert.Equal(6658, result.Report.DataRows);
        Assert.Equal(6658, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(new Month(2021, 1), r.Month));
        Assert.Equal(60_606_345, result.Rows.Sum(r => (long)r.Patients));
    }

    [SharedDataFact]
    public void A81001_has_its_list_size_ccg_and_postcode()
    {
        var rows = NhsFile.Read<RegisteredPatients>(SharedData.Path(TotalsFile)).Rows;
        var a81001 = rows.Single(r => r.Practice == OdsCode.From("A81001"));

        Assert.Equal(4100, a81001.Patients);
        Assert.Equal("16C", a81001.SubIcbCode);
        Assert.Equal("TS18 1HU", a81001.Postcode);
        Assert.Equal(1, rows.Single(r => r.Practice == OdsCode.From("Y02157")).Patients);
    }

    [Fact]
    public void The_sub_icb_layout_with_iso_extract_dates_is_read()
    {
        var result = NhsFile.Read<RegisteredPatients>(Fixture("gp-reg-pat-prac-all_sub-icb-era-iso-date.csv"));

        Assert.Equal("Sub-ICB", result.Report.Vintage);
        Assert.Equal("SUB_ICB_LOCATION_CODE", result.Report.MappedColumns[nameof(RegisteredPatients.SubIcbCode)]);
        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(new Month(2026, 4), r.Month));
        Assert.Equal(0, result.Rows.Single(r => r.Practice == OdsCode.From("X00002")).Patients);
        Assert.Equal("X2B", result.Rows.Single(r => r.Practice == OdsCode.From("X00003")).SubIcbCode);
    }

    [Fact]
    public void A_bad_count_and_a_non_total_row_are_rejected_with_their_line_and_column()
    {
        var result = NhsFile.Read<RegisteredPatients>(Fixture("gp-reg-pat-prac-all_bad-patient-count.csv"));

        Assert.Equal(1, result.Report.RowsRead);
        Assert.Equal(2, result.Report.RowsRejected);
        var count = result.Report.Issues[0];
        Assert.Equal((3, "10 'NUMBER_OF_PATIENTS'", IssueCode.NotAWholeNumber, "12a4"), (count.Line, count.Column, count.Code, count.Value));
        var sex = result.Report.Issues[1];
        Assert.Equal((4, "8 'SEX'", IssueCode.UnexpectedValue), (sex.Line, sex.Column, sex.Code));
        Assert.Contains("'ALL'", sex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_reading_stops_at_the_bad_count_naming_file_line_and_column()
    {
        var path = Fixture("gp-reg-pat-prac-all_bad-patient-count.csv");

        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<RegisteredPatients>(path, new ReaderOptions { Strict = true }));

        Assert.Equal(3, error.Line);
        Assert.Equal("10 'NUMBER_OF_PATIENTS'", error.Column);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_extract_date_and_an_impossible_one_each_give_one_located_issue()
    {
        var result = NhsFile.Read<RegisteredPatients>(Fixture("gp-reg-pat-prac-all_missing-and-bad-extract-date.csv"));

        Assert.Equal(new Month(2021, 2), Assert.Single(result.Rows).Month);
        Assert.Equal(
            [(2, "2 'EXTRACT_DATE'", IssueCode.MissingValue), (3, "2 'EXTRACT_DATE'", IssueCode.NotADate)],
            result.Report.Issues.Select(i => (i.Line, i.Column, i.Code)));
    }

    private static string Fixture(string name) => Support.Fixture.Path("Registrations", name);
}
