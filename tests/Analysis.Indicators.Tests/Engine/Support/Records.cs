using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;

namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>Small record builders for engine tests that need a few invented practices (codes starting X), not a file.</summary>
internal static class Records
{
    public static OdsCode Code(string code) => OdsCode.From(code);

    public static PracticePayments Payments(string practice, string year, decimal? weighted = 6000m, decimal? registered = 5000m) => new()
    {
        Year = FinancialYear.Parse(year).Value,
        Practice = Code(practice),
        Name = "PRACTICE " + practice,
        RegisteredPatients = registered,
        WeightedPatients = weighted,
    };

    public static WorkforceSnapshot Census(
        string practice, Month census, decimal? qualifiedGpFte, int? qualifiedHeadcount = null, int? aged55Plus = null, decimal? nurseFte = null) => new()
        {
            Practice = Code(practice),
            Census = census,
            QualifiedGpFte = qualifiedGpFte,
            QualifiedGpHeadcount = qualifiedHeadcount,
            GpsAged55PlusHeadcount = aged55Plus,
            NurseFte = nurseFte,
        };

    public static RegisteredPatients Registration(string practice, Month month, int patients) => new()
    {
        Practice = Code(practice),
        Month = month,
        Patients = patients,
    };

    public static PracticeMapEntry Map(string practice, Month month, string icb, string region = "Y63", string? subIcb = null, string? pcn = null) => new()
    {
        Month = month,
        Practice = Code(practice),
        Name = "PRACTICE " + practice,
        Geography = new PracticeGeography(
            new Area(AreaLevel.Pcn, pcn ?? "U" + icb, "PCN " + (pcn ?? icb)),
            new Area(AreaLevel.SubIcb, subIcb ?? "S" + icb, "Sub-ICB " + (subIcb ?? icb)),
            new Area(AreaLevel.Icb, icb, "ICB " + icb),
            new Area(AreaLevel.Region, region, "Region " + region)),
    };

    public static PracticeDeprivation Deprivation(string practice, decimal score) => new()
    {
        Practice = Code(practice),
        ImdYear = 2019,
        Score = score,
    };
}
