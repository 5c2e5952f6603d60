using Analysis.Data.Codes;
using Analysis.Data.Ods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Ods;

public sealed class OdsOrganisationReaderTests
{
    private const string Epraccur = "ods-practices/epraccur.csv";

    [SharedDataFact]
    public void The_headerless_file_is_recognised_from_its_shape_and_every_organisation_is_read()
    {
        var result = NhsFile.Read<OdsOrganisation>(SharedData.Path(Epraccur));

        Assert.Equal(DatasetKind.OdsPractices, result.Report.Kind);
        Assert.Equal("epraccur", result.Report.Vintage);
        // PROVENANCE.md says 14,356; the file has 14,357 lines, every one a data row (there is no header).
        Assert.Equal(14_357, result.Report.DataRows);
        Assert.Equal(14_357, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(new DateOnly(2019, 7, 31), result.Rows.Max(r => r.CloseDate));
    }

    [SharedDataFact]
    public void Prescribing_setting_4_picks_out_8204_gp_practices_6830_of_them_active()
    {
        var rows = NhsFile.Read<OdsOrganisation>(SharedData.Path(Epraccur)).Rows;

        var practices = rows.Where(r => r.IsGpPractice).ToList();

        Assert.Equal(8204, practices.Count);
        Assert.Equal(6830, practices.Count(r => r.Status == OrganisationStatus.Active));
        Assert.All(practices, p => Assert.NotNull(p.Practice));
        // Alderney and Guernsey organisations (ALD..., GUE...) are not practice-shaped and not setting 4.
        Assert.Equal(135, rows.Count(r => !OdsCode.IsValid(r.Code)));
    }

    [SharedDataFact]
    public void A81001_is_active_since_1974_and_A81003_closed_in_october_2017()
    {
        var rows = NhsFile.Read<OdsOrganisation>(SharedData.Path(Epraccur)).Rows;

        var a81001 = rows.Single(r => r.Code == "A81001");
        Assert.Equal(("THE DENSHAM SURGERY", "TS18 1HU", "Y63", "Q74", "00K"),
            (a81001.Name, a81001.Postcode, a81001.NationalGrouping, a81001.HighLevelHealthGeography, a81001.Commissioner));
        Assert.Equal((new DateOnly(1974, 4, 1), (DateOnly?)null, OrganisationStatus.Active, 4),
            (a81001.OpenDate, a81001.CloseDate, a81001.Status, a81001.PrescribingSetting));
        Assert.Equal(OdsCode.From("A81001"), a81001.Practice);
        var a81003 = rows.Single(r => r.Code == "A81003");
        Assert.Equal((new DateOnly(2017, 10, 31), OrganisationStatus.Closed), (a81003.CloseDate, a81003.Status));
    }

    [Fact]
    public void A_thirteenth_month_and_a_short_row_are_rejected_with_their_line_and_position()
    {
        var result = NhsFile.Read<OdsOrganisation>(Fixture("epraccur_bad-open-date.csv"));

        Assert.Equal(2, result.Report.RowsRead);
        var date = result.Report.Issues[0];
        Assert.Equal((2, "11", IssueCode.NotADate, "19741301"), (date.Line, date.Column, date.Code, date.Value));
        var shortRow = result.Report.Issues[1];
        Assert.Equal((3, (string?)null, IssueCode.WrongFieldCount), (shortRow.Line, shortRow.Column, shortRow.Code));
        Assert.Equal(OrganisationStatus.Closed, result.Rows.Single(r => r.Code == "X00004").Status);
    }

    [Fact]
    public void A_27_column_file_with_a_header_row_is_not_taken_for_epraccur()
    {
        var path = Path.Combine(Path.GetTempPath(), $"epraccur-with-header-{Guid.NewGuid():N}.csv");
        var header = string.Join(',', Enumerable.Range(1, 27).Select(i => $"Field{i}"));
        File.WriteAllText(path, header + "\r\n" + File.ReadAllLines(Fixture("epraccur_bad-open-date.csv"))[0] + "\r\n");
        try
        {
            var error = Assert.Throws<DataFormatException>(() => NhsFile.Identify(path));

            Assert.Equal(1, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Fixture(string name) => Support.Fixture.Path("Ods", name);
}
