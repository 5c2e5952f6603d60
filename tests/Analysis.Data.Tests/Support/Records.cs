using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;

namespace Analysis.Data.Tests.Support;

/// <summary>Small record builders for tests that need a few practices, not a file.</summary>
public static class Records
{
    public static OdsCode Code(string code) => OdsCode.From(code);

    public static PracticePayments PaymentsRow(string practice, string year, decimal weighted = 6000m, decimal registered = 5000m,
        DateOnly? open = null, DateOnly? close = null, string subIcb = "16C") => new()
        {
            Year = FinancialYear.Parse(year).Value,
            Practice = Code(practice),
            Name = "PRACTICE " + practice,
            RegisteredPatients = registered,
            WeightedPatients = weighted,
            OpenDate = open,
            CloseDate = close,
            SubIcb = new Area(AreaLevel.SubIcb, subIcb, "Sub-ICB " + subIcb),
        };

    public static WorkforceSnapshot Census(string practice, Month census, decimal qualifiedGpFte) => new()
    {
        Practice = Code(practice),
        Census = census,
        QualifiedGpFte = qualifiedGpFte,
    };

    public static PracticeMapEntry Map(string practice, Month month, string pcn, string subIcb, string icb, string region) => new()
    {
        Month = month,
        Practice = Code(practice),
        Name = "PRACTICE " + practice,
        Geography = new PracticeGeography(
            new Area(AreaLevel.Pcn, pcn, pcn), new Area(AreaLevel.SubIcb, subIcb, subIcb),
            new Area(AreaLevel.Icb, icb, icb), new Area(AreaLevel.Region, region, region)),
    };
}
