using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Registrations;

public sealed class AgeProfileTests
{
    [SharedDataFact]
    public void Profiles_of_the_561_subset_practices_add_up_to_the_icb_totals()
    {
        var rows = NhsFile.Read<AgeBandCount>(SharedData.Path(QuinaryAgeReaderTests.SubsetFile)).Rows;

        var profiles = AgeProfile.ForPractices(rows);

        Assert.Equal(561, profiles.Count);
        Assert.Equal(5_350_827, profiles.Sum(p => (long)p.Patients));
        Assert.All(profiles, p => Assert.Equal(p.Patients, p.Female + p.Male));
        Assert.All(profiles, p => Assert.Equal(p.Patients, p.PatientsAged(0)));
        Assert.Equal(1_129_324, profiles.Sum(p => (long)p.PatientsAged(65)));
    }

    [SharedDataFact]
    public void A81001_has_883_patients_aged_65_plus_and_471_aged_75_plus()
    {
        var rows = NhsFile.Read<AgeBandCount>(SharedData.Path(QuinaryAgeReaderTests.SubsetFile)).Rows;

        var a81001 = AgeProfile.ForPractices(rows).Single(p => p.Practice == OdsCode.From("A81001"));

        Assert.Equal(new Month(2026, 7), a81001.Month);
        Assert.Equal((3733, 1876, 1857), (a81001.Patients, a81001.Female, a81001.Male));
        Assert.Equal(883, a81001.PatientsAged(65));
        Assert.Equal(471, a81001.PatientsAged(75));
        Assert.Equal(883m / 3733m, a81001.ShareAged65Plus);
        Assert.Equal(471m / 3733m, a81001.ShareAged75Plus);
        Assert.Equal(9, a81001.PatientsInBand(Sex.Female, 95));
        Assert.Equal(84 + 87, a81001.PatientsInBand(Sex.All, 0));
    }

    [SharedDataFact]
    public void A_practice_with_no_older_patients_has_a_zero_share()
    {
        var rows = NhsFile.Read<AgeBandCount>(SharedData.Path(QuinaryAgeReaderTests.SubsetFile)).Rows;

        var c88627 = AgeProfile.ForPractices(rows).Single(p => p.Practice == OdsCode.From("C88627"));

        Assert.Equal(31_173, c88627.Patients);
        Assert.Equal(0m, c88627.ShareAged65Plus);
    }

    [Fact]
    public void Other_tiers_are_ignored_and_shares_use_the_published_total()
    {
        var rows = NhsFile.Read<AgeBandCount>(QuinaryAgeReaderTests.Fixture("gp-reg-pat-prac-quin-age_ccg-era.csv")).Rows;

        var profile = Assert.Single(AgeProfile.ForPractices(rows));

        Assert.Equal(OdsCode.From("X00001"), profile.Practice);
        Assert.Equal((2774, 1483, 1291), (profile.Patients, profile.Female, profile.Male));
        Assert.Equal(304m / 2774m, profile.ShareAged65Plus);
        Assert.Equal(124, profile.PatientsAged(75));
    }

    [Fact]
    public void Reading_the_same_month_twice_is_refused()
    {
        var rows = NhsFile.Read<AgeBandCount>(QuinaryAgeReaderTests.Fixture("gp-reg-pat-prac-quin-age_ccg-era.csv")).Rows;

        var error = Assert.Throws<ArgumentException>(() => AgeProfile.ForPractices(rows.Concat(rows)));

        Assert.Contains("X00001 2021-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ages_that_do_not_start_a_band_are_refused()
    {
        var rows = NhsFile.Read<AgeBandCount>(QuinaryAgeReaderTests.Fixture("gp-reg-pat-prac-quin-age_ccg-era.csv")).Rows;
        var profile = AgeProfile.ForPractices(rows)[0];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => profile.PatientsAged(67));

        Assert.Equal("minimumAge", error.ParamName);
    }

    [Fact]
    public void A_practice_with_no_patients_has_no_share()
    {
        AgeBandCount Row(Sex sex, int? from, int? to) =>
            new() { Month = new Month(2024, 4), OrgType = "GP", OrgCode = "X00009", Sex = sex, AgeFrom = from, AgeTo = to, Patients = 0 };

        var profile = Assert.Single(AgeProfile.ForPractices([Row(Sex.All, null, null), Row(Sex.Female, 65, 69), Row(Sex.Male, 95, null)]));

        Assert.Equal(0, profile.Patients);
        Assert.Null(profile.ShareAged65Plus);
    }
}
