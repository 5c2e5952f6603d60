using Analysis.Data;
using Analysis.Data.Codes;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

/// <summary>
/// Builds the Panel for 7,000 practices × 120 months (840,000 rows) from monthly workforce censuses,
/// monthly registrations and annual payments, against a naive dictionary join as the baseline.
/// </summary>
[MemoryDiagnoser]
public class PanelBenchmarks
{
    private NhsData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = EnglandInMemory.Create(7_000, new Month(2015, 4), 120);

    [Benchmark]
    public int Panel_build() => Panel.Build(_data).Rows.Count;

    /// <summary>The obvious hand join: index every dataset by (practice, month), then look each row up.</summary>
    [Benchmark(Baseline = true)]
    public int Naive_dictionary_join()
    {
        var payments = _data.Payments.ToDictionary(p => (p.Practice, p.Year));
        var workforce = _data.Workforce.ToDictionary(w => (w.Practice, w.Census));
        var registrations = _data.RegisteredPatients.ToDictionary(r => (r.Practice, r.Month));
        var rows = new List<(OdsCode, Month, object?, object?, object?)>();
        foreach (var practice in _data.Payments.Select(p => p.Practice).Distinct())
        {
            for (var m = new Month(2015, 4); m <= new Month(2025, 3); m = m.Plus(1))
            {
                rows.Add((practice, m, payments.GetValueOrDefault((practice, m.FinancialYear)),
                    workforce.GetValueOrDefault((practice, m)), registrations.GetValueOrDefault((practice, m))));
            }
        }

        return rows.Count;
    }
}
