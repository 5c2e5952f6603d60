using Analysis.Data.PcnWorkforce;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.PcnWorkforce;

public sealed class PcnWorkforceReaderTests
{
    private const string September2022 = "pcn-workforce/11.Primary Care Networks – September 2022 Individual Level.csv";

    [SharedDataFact]
    public void The_Windows_1252_file_is_identified_and_every_row_is_read()
    {
        var result = NhsFile.Read<PcnStaffRecord>(SharedData.Path(September2022));

        Assert.Equal(DatasetKind.PcnWorkforce, result.Report.Kind);
        Assert.Equal("Windows-1252", result.Report.Encoding);
        Assert.Equal(17239, result.Report.DataRows);
        Assert.Equal(17239, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(new Month(2022, 9), r.Census));
    }

    [SharedDataFact]
    public void Contracted_services_have_no_identifier_and_the_en_dash_and_quoted_commas_survive()
    {
        var rows = NhsFile.Read<PcnStaffRecord>(SharedData.Path(September2022)).Rows;

        Assert.Equal(2321, rows.Count(r => r.IsContracted));
        Assert.All(rows, r => Assert.Equal(r.IsContracted, r.StaffId is null));
        Assert.Equal(738, rows.Count(r => r.DetailedRole == "Clinical Director – Medical"));
        Assert.Equal(293, rows.Count(r => r.Icb?.Name == "NHS Leicester, Leicestershire and Rutland ICB"));
        var negative = Assert.Single(rows, r => r.Fte < 0);
        Assert.Equal((-0.026666667m, "SARUM WEST PCN", "Pharmacy Technician", true), (negative.Fte, negative.Pcn.Name, negative.DetailedRole, negative.IsContracted));
    }

    [SharedDataFact]
    public void FTE_by_PCN_and_role_covers_1105_PCNs_and_the_published_total()
    {
        var byRole = PcnRoleFte.Sum(NhsFile.Read<PcnStaffRecord>(SharedData.Path(September2022)).Rows);

        Assert.Equal(1105, byRole.Select(r => r.Pcn.Code).Distinct().Count());
        Assert.Equal(7533, byRole.Count);
        Assert.Equal(17239, byRole.Sum(r => r.Records));
        Assert.Equal(14149.27m, Math.Round(byRole.Sum(r => r.Fte), 2));
        var nightingale = byRole.Where(r => r.Pcn.Code == "U02454").ToDictionary(r => r.StaffRole, r => r.Fte);
        Assert.Equal(1.626666667m, nightingale["Pharmacists"]);
        Assert.Equal(4.8m, nightingale["Care Coordinators"]);
        Assert.Equal(6, nightingale.Count);
    }

    [Fact]
    public void A_bad_census_month_and_an_unknown_data_source_are_located()
    {
        var result = NhsFile.Read<PcnStaffRecord>(Support.Fixture.Path("pcn-workforce", "pcn-bad-census-month-and-source.csv"));

        var read = Assert.Single(result.Rows);
        Assert.Equal("NHS Invented, Made-up and Other ICB", read.Icb?.Name);
        Assert.Equal("900001", read.StaffId);
        Assert.Equal(
            [(3, "3 'CENSUS_MONTH'", IssueCode.UnexpectedValue), (4, "1 'Data_source'", IssueCode.UnexpectedValue)],
            result.Report.Issues.Select(i => (i.Line, i.Column, i.Code)));
    }
}
