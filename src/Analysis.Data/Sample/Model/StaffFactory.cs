using Analysis.Data.Payments;
using Analysis.Data.Periods;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// Staffs each practice at each September census. Practice-level FTEs are England's rate (see
/// <see cref="NationalTrends"/>) times the practice's patients times a modifier whose patient-weighted
/// mean is 1, so the national totals hold exactly; the modifiers carry the model's correlations.
/// Then each group's FTE is spread over people with roles, sexes, ages and countries of qualification.
/// </summary>
internal static class StaffFactory
{
    // Inverse care law: qualified GP FTE per weighted patient falls 22% from the least to the most deprived
    // quintile (4.85 to 3.76 per 10,000, 2022-23 payments joined to the workforce panel and Fingertips);
    // with quintile means about ±1.4 sd apart, that is about −0.10 per sd of deprivation. Rural practices have
    // 7% more (4.54 vs 4.23), a little less than their lower deprivation alone would give; practices' own persistent supply
    // varies by ±38% (deciles 2.2 to 6.4 per 10,000) with 6% yearly noise.
    private const double GpDeprivation = -0.11;
    private const double GpRural = -0.03;
    private const double GpPersistent = 0.36;
    private const double GpYearly = 0.06;

    // Regional GP FTE per weighted patient relative to England, 2022-23 (South West well above the rest).
    private static readonly Dictionary<string, double> RegionRatio = new(StringComparer.Ordinal)
    {
        ["Y56"] = 0.973, ["Y58"] = 1.150, ["Y59"] = 0.995, ["Y60"] = 1.006, ["Y61"] = 0.975, ["Y62"] = 0.968, ["Y63"] = 0.977,
    };

    public static void Build(SampleModel model, int yearIndex)
    {
        var year = model.Years[yearIndex];
        var census = new Month(year.StartYear, 9);
        var seed = model.Options.Seed;
        var present = model.InYear(yearIndex)
            .Where(x => x.Practice.IsOpenOn(census.LastDay) && x.Practice.Lists[(4 * yearIndex) + 2] > 0)
            .ToList();
        if (present.Count == 0)
        {
            return;
        }

        var gpRaw = present.Select(x => (double)x.Year.Weighted * GpModifier(x.Practice, seed, yearIndex)).ToArray();
        var regionScale = RegionScales(present, gpRaw);
        for (var i = 0; i < present.Count; i++)
        {
            gpRaw[i] *= regionScale[present[i].Practice.SubIcb.Region.Code];
        }

        var weighted = present.Sum(x => (double)x.Year.Weighted);
        var registered = present.Sum(x => (double)x.Year.Registered);
        var qualified = Scale(gpRaw, NationalTrends.QualifiedGpPer10k(year.StartYear) * weighted / 1e4);
        var trainees = Scale(present.Select(x => x.Practice.Training ? (double)x.Year.Weighted * Persistent(x.Practice, seed, "trainees", 0.4) : 0).ToArray(),
            NationalTrends.TraineePer10k(year.StartYear) * registered / 1e4);

        // Locums fill gaps: more likely where qualified GPs are short (low supply) and in deprived areas.
        var locums = Scale(present.Select((x, i) => Yearly(x.Practice, seed, "locum", yearIndex)
                .Chance(PracticeFactory.Logistic(-0.6 - (0.5 * x.Practice.SupplyZ) + (0.2 * x.Practice.DeprivationZ)))
                ? (double)x.Year.Registered * Persistent(x.Practice, seed, "locums", 0.6) : 0).ToArray(),
            NationalTrends.LocumPer10k(year.StartYear) * registered / 1e4);

        // Older lists need more nurse time (chronic disease clinics); dispensing practices employ dispensers.
        var nurses = Scale(present.Select(x => (double)x.Year.Registered * Persistent(x.Practice, seed, "nurses", 0.35)
                * Math.Exp((0.15 * x.Practice.AgeZ) + (x.Practice.Rural ? 0.08 : 0) + (0.1 * x.Practice.OrganisationZ))).ToArray(),
            NationalTrends.NursePer10k(year.StartYear) * registered / 1e4);
        var dpc = Scale(present.Select(x => (double)x.Year.Registered * Persistent(x.Practice, seed, "dpc", 0.75)
                * Math.Exp((0.1 * x.Practice.AgeZ) + (x.Practice.Dispensing ? 0.6 : 0))).ToArray(),
            NationalTrends.DirectPatientCarePer10k(year.StartYear) * registered / 1e4);
        var admin = Scale(present.Select(x => (double)x.Year.Registered * Persistent(x.Practice, seed, "admin", 0.25)
                * Math.Exp(x.Practice.Rural ? 0.05 : 0)).ToArray(),
            NationalTrends.AdminPer10k(year.StartYear) * registered / 1e4);

        // Each practice's staff come from its own stream, so practices are staffed in parallel.
        Parallel.For(0, present.Count, i =>
        {
            var (practice, practiceYear) = present[i];
            var random = SampleRandom.For(seed, "staff", practice.Index, yearIndex);
            var staff = new List<StaffMember>();
            QualifiedGps(staff, random, practice, year.StartYear, qualified[i]);
            People(staff, random, StaffGroup.Gp, trainees[i], 0.9, r => StaffMix.Draw(r, StaffMix.TraineeRoles), StaffMix.GpAgeBands, StaffMix.Trainee, 0.60, true, practice);
            People(staff, random, StaffGroup.Gp, locums[i], 0.35, r => StaffMix.Draw(r, StaffMix.LocumRoles), StaffMix.GpAgeBands, StaffMix.Locum, 0.45, true, practice);
            People(staff, random, StaffGroup.Nurse, nurses[i], 0.68, r => StaffMix.Draw(r, StaffMix.NurseRoles), StaffMix.StaffAgeBands, StaffMix.NurseAges, 0.975, false, practice);
            var dpcRoles = DpcRoles(practice.Dispensing, year.StartYear);
            People(staff, random, StaffGroup.DirectPatientCare, dpc[i], 0.62, r => StaffMix.Draw(r, dpcRoles), StaffMix.StaffAgeBands, StaffMix.DpcAges, 0.87, false, practice);
            People(staff, random, StaffGroup.Admin, admin[i], 0.68, r => StaffMix.Draw(r, StaffMix.AdminRoles), StaffMix.StaffAgeBands, StaffMix.AdminAges, 0.92, false, practice);
            practiceYear.Census = new WorkforceCensus(census, practice.Lists[(4 * yearIndex) + 2], staff, random.Chance(0.02));
        });
    }

    // The persistent term is additive, not log-normal: real practice rates are nearly symmetric about the
    // median (2.2, 4.3, 6.4 per 10,000 at the deciles), which a log-normal would skew.
    private static double GpModifier(SyntheticPractice p, long seed, int yearIndex) =>
        Math.Exp((GpDeprivation * p.DeprivationZ) + (p.Rural ? GpRural : 0))
        * Math.Max(0.05, 1 + (GpPersistent * p.SupplyZ) + (GpYearly * SampleRandom.For(seed, "gp-year", p.Index, yearIndex).Normal()));

    // Each region's multiplier makes its rate, after its own deprivation mix, match the real regional ratio.
    private static Dictionary<string, double> RegionScales(List<(SyntheticPractice Practice, PracticeYear Year)> present, double[] raw)
    {
        var totalRaw = raw.Sum();
        var totalWeighted = present.Sum(x => (double)x.Year.Weighted);
        return present.Select((x, i) => (Region: x.Practice.SubIcb.Region.Code, Raw: raw[i], Weighted: (double)x.Year.Weighted))
            .GroupBy(x => x.Region)
            .ToDictionary(g => g.Key, g => RegionRatio[g.Key] / (g.Sum(x => x.Raw) / g.Sum(x => x.Weighted) / (totalRaw / totalWeighted)), StringComparer.Ordinal);
    }

    private static double[] Scale(double[] raw, double total)
    {
        var sum = raw.Sum();
        return raw.Select(r => sum > 0 ? r * total / sum : 0).ToArray();
    }

    private static double Persistent(SyntheticPractice p, long seed, string purpose, double spread) =>
        Math.Exp(spread * SampleRandom.For(seed, purpose, p.Index).Normal());

    private static SampleRandom Yearly(SyntheticPractice p, long seed, string purpose, int yearIndex) =>
        SampleRandom.For(seed, purpose, p.Index, yearIndex);

    private static (string Token, double Share)[] DpcRoles(bool dispensing, int startYear)
    {
        var growth = Math.Pow(1.15, startYear - 2019);
        var roles = StaffMix.DpcRoles.Select(r => (r.Token, r.Share * (r.Growing ? growth : 1))).ToList();
        if (dispensing)
        {
            roles.Add(("DISPENSER", 0.45));
        }

        return roles.ToArray();
    }

    // Partnerships have a senior partner and partners; APMS providers employ salaried GPs only.
    // The share aged 55+ (19% in the 2024 subset) is higher in deprived and in small practices.
    private static void QualifiedGps(List<StaffMember> staff, SampleRandom random, SyntheticPractice practice, int startYear, double fte)
    {
        var older = PracticeFactory.Logistic(-1.45 + (0.5 * practice.GpAgeZ) + (0.15 * practice.DeprivationZ) - (0.15 * practice.SizeZ));
        var ukShare = Math.Clamp(0.68 - (0.06 * practice.DeprivationZ), 0.3, 0.9);
        var partners = practice.Contract != ContractType.Apms;
        var first = staff.Count;
        foreach (var share in Shares(random, fte, 0.74))
        {
            var role = !partners ? (random.Chance(0.55) ? "SAL_BY_OTH" : "SAL_BY_PRAC")
                : staff.Count == first ? "SEN_PTNR"
                : random.Chance(NationalTrends.PartnerShare(startYear)) ? "PTNR_PROV"
                : random.Chance(0.06) ? "RET"
                : random.Chance(0.03) ? "SAL_BY_OTH" : "SAL_BY_PRAC";
            var band = random.Chance(older)
                ? StaffMix.Band(random, StaffMix.GpAgeBands[6..], StaffMix.Qualified55Plus)
                : StaffMix.Band(random, StaffMix.GpAgeBands[..6], StaffMix.QualifiedUnder55);
            var coq = random.Chance(ukShare) ? "UK" : StaffMix.Draw(random, StaffMix.CountryOfQualification[1..]);
            staff.Add(new StaffMember(StaffGroup.Gp, role, random.Chance(NationalTrends.FemaleGpShare(startYear)), band, coq, share));
        }
    }

    private static void People(List<StaffMember> staff, SampleRandom random, StaffGroup group, double fte, double perHead,
        Func<SampleRandom, string> role, string[] bands, double[] ageWeights, double femaleShare, bool gp, SyntheticPractice practice)
    {
        foreach (var share in Shares(random, fte, perHead))
        {
            var coq = gp ? (random.Chance(Math.Clamp(0.6 - (0.06 * practice.DeprivationZ), 0.3, 0.9)) ? "UK" : StaffMix.Draw(random, StaffMix.CountryOfQualification[1..])) : string.Empty;
            staff.Add(new StaffMember(group, role(random), random.Chance(femaleShare), StaffMix.Band(random, bands, ageWeights), coq, share));
        }
    }

    // Splits a group's FTE over heads averaging perHead, each a whole number of 45-minute blocks (0.02 FTE)
    // of the 37.5-hour week. Real files show hours/37.5 to ten figures; round blocks keep the sample's
    // workforce files a fifth smaller without changing any total that matters.
    private static IEnumerable<double> Shares(SampleRandom random, double fte, double perHead)
    {
        if (fte < 0.02)
        {
            yield break;
        }

        var heads = Math.Max(1, (int)Math.Round(fte / perHead * Math.Exp(0.15 * random.Normal())));
        var raw = new double[heads];
        for (var i = 0; i < heads; i++)
        {
            raw[i] = Math.Exp(0.35 * random.Normal());
        }

        var sum = raw.Sum();
        foreach (var r in raw)
        {
            yield return Math.Max(1, Math.Round(r * fte / sum * 50)) / 50;
        }
    }
}
