using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Registrations;

public sealed class PracticeMapReaderTests
{
    private const string MapFile = "gp-registered-patients/gp-reg-pat-prac-map.csv";

    [SharedDataFact]
    public void The_January_2022_map_is_the_ccg_vintage_with_mixed_case_extract_dates()
    {
        var result = NhsFile.Read<PracticeMapEntry>(SharedData.Path(MapFile));

        Assert.Equal(DatasetKind.PracticeMap, result.Report.Kind);
        Assert.Equal("CCG", result.Report.Vintage);
        Assert.Equal(6527, result.Report.DataRows);
        Assert.Equal(6527, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        // Published as "01Jan2022", not the "01JAN2021" of the totals file.
        Assert.All(result.Rows, r => Assert.Equal(new Month(2022, 1), r.Month));
    }

    [SharedDataFact]
    public void A81001_sits_in_stockton_pcn_tees_valley_ccg_and_the_north_east()
    {
        var rows = NhsFile.Read<PracticeMapEntry>(SharedData.Path(MapFile)).Rows;
        var a81001 = rows.Single(r => r.Practice == OdsCode.From("A81001"));

        Assert.Equal("THE DENSHAM SURGERY", a81001.Name);
        Assert.Equal("TS18 1HU", a81001.Postcode);
        Assert.Equal(new Area(AreaLevel.Pcn, "U89141", "STOCKTON PCN"), a81001.Geography.Pcn);
        Assert.Equal(new Area(AreaLevel.SubIcb, "16C", "NHS Tees Valley CCG"), a81001.Geography.SubIcb);
        Assert.Equal(new Area(AreaLevel.Icb, "QHM", "Cumbria and North East"), a81001.Geography.Icb);
        Assert.Equal(new Area(AreaLevel.Region, "Y63", "North East and Yorkshire"), a81001.Geography.Region);
    }

    [SharedDataFact]
    public void Unallocated_practices_have_no_pcn_and_quoted_names_keep_their_commas()
    {
        var rows = NhsFile.Read<PracticeMapEntry>(SharedData.Path(MapFile)).Rows;

        Assert.Equal(68, rows.Count(r => r.Geography.Pcn is null));
        var unallocated = rows.Single(r => r.Practice == OdsCode.From("A84035"));
        Assert.Null(unallocated.Geography.Pcn);
        Assert.Equal("00L", unallocated.Geography.SubIcb?.Code);
        Assert.Equal("BIRTLEY, OXFORD TERR & RAWLING RD PCN", rows.Single(r => r.Practice == OdsCode.From("A85005")).Geography.Pcn?.Name);
    }

    [Fact]
    public void The_sub_icb_layout_maps_sub_icb_and_icb_columns_and_leaves_the_supplier_unmapped()
    {
        var result = NhsFile.Read<PracticeMapEntry>(Fixture("gp-reg-pat-prac-map_sub-icb-era-unallocated-pcn.csv"));

        Assert.Equal("Sub-ICB", result.Report.Vintage);
        Assert.Contains("SUPPLIER_NAME", result.Report.UnmappedColumns);
        Assert.Equal(2, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal(new Month(2023, 7), first.Month);
        Assert.Equal(new Area(AreaLevel.Pcn, "X99001", "NORTH, EAST AND WEST PCN"), first.Geography.Pcn);
        Assert.Equal(new Area(AreaLevel.SubIcb, "X1A", "NHS Invented ICB - X1A Somewhere, Else"), first.Geography.SubIcb);
        Assert.Equal(new Area(AreaLevel.Icb, "QXX", "NHS Invented Integrated Care Board"), first.Geography.Icb);
        var unallocated = result.Rows[1];
        Assert.Equal("SMITH, JONES & PARTNERS", unallocated.Name);
        Assert.Null(unallocated.Geography.Pcn);
        Assert.Equal("Y99", unallocated.Geography.Region?.Code);
    }

    [Fact]
    public void A_short_practice_code_is_rejected_with_its_line_and_column()
    {
        var result = NhsFile.Read<PracticeMapEntry>(Fixture("gp-reg-pat-prac-map_bad-practice-code.csv"));

        Assert.Equal(1, result.Report.RowsRead);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((3, "3 'PRACTICE_CODE'", IssueCode.NotAPracticeCode, "X0002"), (issue.Line, issue.Column, issue.Code, issue.Value));
    }

    private static string Fixture(string name) => Support.Fixture.Path("Registrations", name);
}
