using Analysis.Data;
using Analysis.Data.Codes;
using Analysis.Data.Deprivation;
using Analysis.Data.Panels;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Registrations;
using Analysis.Data.Workforce;

namespace Analysis.Indicators.Tests.Engine.Support;

/// <summary>
/// Random panels for property tests: invented practices over two financial years with ICBs (some without),
/// payments with blanks, censuses in some months with blank fields, monthly registrations with gaps, deprivation for most.
/// </summary>
internal static class RandomPanels
{
    public static Panel Create(int seed, int practices = 40)
    {
        var random = new Random(seed);
        var first = new Month(2021, 4);
        var records = new List<object>();
        decimal? Maybe(decimal value, double blank = 0.1) => random.NextDouble() < blank ? null : value;
        int? MaybeWhole(int value, double blank = 0.1) => random.NextDouble() < blank ? null : value;

        for (var i = 0; i < practices; i++)
        {
            var code = OdsCode.From($"X{i + 1:D5}");
            var list = random.Next(1_500, 15_000);
            foreach (var year in new[] { "2021-22", "2022-23" })
            {
                records.Add(new PracticePayments
                {
                    Year = FinancialYear.Parse(year).Value, Practice = code, Name = "P" + i,
                    RegisteredPatients = Maybe(list + random.Next(-200, 200)),
                    WeightedPatients = Maybe(Math.Round(list * (decimal)(0.8 + (0.5 * random.NextDouble())), 2)),
                    GlobalSum = Maybe(random.Next(100_000, 900_000)),
                });
            }

            if (random.NextDouble() < 0.9)
            {
                records.Add(Records.Map(code.Value, first, "Q0" + random.Next(1, 5)));
            }

            for (var m = first; m <= new Month(2023, 3); m = m.Plus(1))
            {
                if (random.NextDouble() < 0.5)
                {
                    var headcount = random.Next(1, 12);
                    records.Add(new WorkforceSnapshot
                    {
                        Practice = code, Census = m,
                        QualifiedGpFte = Maybe(Math.Round((decimal)(headcount * (0.5 + (0.5 * random.NextDouble()))), 3)),
                        QualifiedGpHeadcount = MaybeWhole(headcount),
                        GpsAged55PlusHeadcount = MaybeWhole(random.Next(0, headcount + 1)),
                        NurseFte = Maybe(Math.Round((decimal)(3 * random.NextDouble()), 2), 0.3),
                        AdminFte = Maybe(Math.Round((decimal)(8 * random.NextDouble()), 2)),
                        IsEstimated = random.NextDouble() < 0.2,
                    });
                }

                if (random.NextDouble() < 0.8)
                {
                    records.Add(new RegisteredPatients { Practice = code, Month = m, Patients = list + random.Next(-100, 100) });
                }
            }

            if (random.NextDouble() < 0.85)
            {
                records.Add(new PracticeDeprivation { Practice = code, ImdYear = 2019, Score = Math.Round((decimal)(60 * random.NextDouble()), 3) });
            }
        }

        return Panel.Build(NhsData.FromRecords(records));
    }
}
