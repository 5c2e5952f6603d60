using Analysis.Data;
using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;

namespace Analysis.Benchmarks;

/// <summary>An England-sized set of records in memory: practices × monthly censuses and counts × annual payments.</summary>
internal static class EnglandInMemory
{
    public static NhsData Create(int practices, Month first, int months)
    {
        var random = new Random(42);
        var records = new List<object>();
        var last = first.Plus(months - 1);
        for (var i = 0; i < practices; i++)
        {
            var code = OdsCode.From($"X{i:D5}");
            var list = random.Next(2_000, 20_000);
            for (var year = first.FinancialYear; year <= last.FinancialYear; year = new FinancialYear(year.StartYear + 1))
            {
                records.Add(new PracticePayments
                {
                    Year = year, Practice = code, Name = "P", RegisteredPatients = list, WeightedPatients = list * 1.05m,
                    SubIcb = new Area(AreaLevel.SubIcb, "S" + (i % 106), "S"),
                });
            }

            for (var m = first; m <= last; m = m.Plus(1))
            {
                records.Add(new WorkforceSnapshot { Practice = code, Census = m, QualifiedGpFte = list / 2000m });
                records.Add(new RegisteredPatients { Practice = code, Month = m, Patients = list });
            }
        }

        return NhsData.FromRecords(records);
    }
}
