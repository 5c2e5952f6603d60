using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Registrations;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Registrations;

public sealed class QuinaryAgeReaderTests
{
    public const string SubsetFile = "gp-registered-patients/gp-reg-pat-prac-quin-age_SUBSET-QHM-QF7-QT6.csv";

    [SharedDataFact]
    public void Every_row_of_every_tier_in_the_subset_is_read()
    {
        var result = NhsFile.Read<AgeBandCount>(SharedData.Path(SubsetFile));

        Assert.Equal(DatasetKind.QuinaryAge, result.Report.Kind);
        Assert.Equal(31_304, result.Report.DataRows);
        Assert.Equal(31_304, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(new Month(2026, 7), r.Month));
        var byTier = result.Rows.CountBy(r => r.OrgType).ToDictionary();
        Assert.Equal(24_123, byTier["GP"]);
        Assert.Equal(4_773, byTier["PCN"]);
        Assert.Equal(559, byTier["SUB_ICB_LOCATION_CODE"]);
        Assert.Equal(1_548, byTier["ICB"]);
        Assert.Equal(301, byTier["Comm Region"]);
    }

    [SharedDataFact]
    public void Practice_rows_sum_to_the_three_icb_totals()
    {
        var rows = NhsFile.Read<AgeBandCount>(SharedData.Path(SubsetFile)).Rows;

        long TotalOf(string orgType, Func<AgeBandCount, bool> which) =>
            rows.Where(r => r.OrgType == orgType && r.Sex == Sex.All && r.AgeFrom is null && which(r)).Sum(r => (long)r.Patients);

        var practices = TotalOf("GP", _ => true);
        Assert.Equal(5_350_827, practices);
        Assert.Equal(practices, TotalOf("ICB", r => r.OrgCode is "QHM" or "QF7" or "QT6"));
    }

    [SharedDataFact]
    public void A81001_bands_keep_their_bounds_including_the_open_top_band()
    {
        var rows = NhsFile.Read<AgeBandCount>(SharedData.Path(SubsetFile)).Rows.Where(r => r.OrgCode == "A81001").ToList();

        Assert.Equal(43, rows.Count);
        Assert.Equal(3733, rows.Single(r => r.Sex == Sex.All).Patients);
        var top = rows.Single(r => r.Sex == Sex.Female && r.AgeFrom == 95);
        Assert.Equal((95, (int?)null, 9), (top.AgeFrom, top.AgeTo, top.Patients));
        // "5_9" sorts after "50_54" in the file; the bounds are still 5 and 9.
        Assert.Equal(91, rows.Single(r => r.Sex == Sex.Male && r.AgeFrom == 5 && r.AgeTo == 9).Patients);
        Assert.Equal(1857, rows.Single(r => r.Sex == Sex.Male && r.AgeFrom is null).Patients);
    }

    [Fact]
    public void The_ccg_era_file_has_the_same_header_with_ccg_rows_and_01JAN_dates()
    {
        var result = NhsFile.Read<AgeBandCount>(Fixture("gp-reg-pat-prac-quin-age_ccg-era.csv"));

        Assert.Equal(DatasetKind.QuinaryAge, result.Report.Kind);
        Assert.Equal(44, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(new Month(2021, 1), r.Month));
        Assert.Equal(2774, result.Rows.Single(r => r.OrgType == "CCG").Patients);
    }

    [Fact]
    public void A_hyphenated_band_and_a_practice_row_without_a_practice_code_are_rejected()
    {
        var result = NhsFile.Read<AgeBandCount>(Fixture("gp-reg-pat-prac-quin-age_bad-age-band.csv"));

        Assert.Equal(2, result.Report.RowsRead);
        Assert.Equal(2, result.Report.RowsRejected);
        var band = result.Report.Issues[0];
        Assert.Equal((3, "8 'AGE_GROUP_5'", IssueCode.UnexpectedValue, "5-9"), (band.Line, band.Column, band.Code, band.Value));
        var code = result.Report.Issues[1];
        Assert.Equal((4, "4 'ORG_CODE'", IssueCode.NotAPracticeCode, "QXX"), (code.Line, code.Column, code.Code, code.Value));
        // The same code on an ICB row is fine.
        Assert.Contains(result.Rows, r => r.OrgType == "ICB" && r.OrgCode == "QXX");
    }

    internal static string Fixture(string name) => Support.Fixture.Path("Registrations", name);
}
