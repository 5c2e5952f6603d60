using System.Globalization;
using Analysis.Data;
using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// An England-shaped panel in memory for the engine figures: practices spread over 42 ICBs, monthly workforce
/// censuses and list sizes, annual payments, with about 3% of values blank so the engine's "both known" rule matters.
/// </summary>
internal static class SyntheticPanel
{
    public const int Icbs = 42;

    public static Month First { get; } = new(2015, 4);

    public static Panel Build(int practices, int months) => Panel.Build(Data(practices, months));

    /// <summary>The records the panel is built from, for workloads that build their own (the report).</summary>
    public static NhsData Data(int practices, int months)
    {
        var random = new Random(42);
        var records = new List<object>();
        var last = First.Plus(months - 1);
        decimal? Blank(decimal value) => random.NextDouble() < 0.03 ? null : value;
        for (var i = 0; i < practices; i++)
        {
            var code = OdsCode.From(string.Create(CultureInfo.InvariantCulture, $"X{i:D5}"));
            var icb = "Q" + (i % Icbs).ToString("D2", CultureInfo.InvariantCulture);
            var subIcb = "S" + (i % 106).ToString(CultureInfo.InvariantCulture);
            var list = random.Next(2_000, 20_000);
            records.Add(new PracticeMapEntry
            {
                Month = First, Practice = code, Name = "P",
                Geography = new PracticeGeography(null, new Area(AreaLevel.SubIcb, subIcb, "S"), new Area(AreaLevel.Icb, icb, icb), null),
            });
            for (var year = First.FinancialYear; year <= last.FinancialYear; year = new FinancialYear(year.StartYear + 1))
            {
                records.Add(new PracticePayments
                {
                    Year = year, Practice = code, Name = "P", RegisteredPatients = list, WeightedPatients = Blank(list * 1.05m),
                    GlobalSum = list * 95m, TotalPayments = Blank(list * 160m), QofPayments = Blank(list * 18m),
                });
            }

            for (var m = First; m <= last; m = m.Plus(1))
            {
                var gps = Math.Round(list / 2000m * (decimal)(0.7 + (0.6 * random.NextDouble())), 2);
                records.Add(new WorkforceSnapshot
                {
                    Practice = code, Census = m, QualifiedGpFte = Blank(gps), AllGpFte = gps + 0.5m, TraineeGpFte = Blank(0.3m),
                    NurseFte = Blank(gps / 2), DirectPatientCareFte = Blank(gps / 3), AdminFte = gps * 2,
                    QualifiedGpHeadcount = (int)gps + 1, GpsAged55PlusHeadcount = random.Next(0, (int)gps + 2),
                });
                if (random.NextDouble() < 0.95)
                {
                    records.Add(new RegisteredPatients { Practice = code, Month = m, Patients = list + random.Next(-50, 50) });
                }
            }
        }

        return NhsData.FromRecords(records);
    }
}
