using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Data.Sample;
using BenchmarkDotNet.Attributes;
using Sylvan.Data.Csv;

namespace Analysis.Benchmarks;

/// <summary>
/// Loads the whole default synthetic England (43 files, 127 MB, about 6,300 practices over four years)
/// into typed records and builds its panel, against Sylvan reading every cell of the same files as
/// strings: the ratio is the cost of identification, typed parsing and validation.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _folder = null!;
    private NhsData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = SampleCache.Ensure(Path.Combine(Path.GetTempPath(), "analysis-bench"));
        _data = NhsData.Load(_folder);
    }

    [Benchmark]
    public int Load_sample_folder() => NhsData.Load(_folder).Reports.Count;

    [Benchmark]
    public int Build_sample_panel() => Panel.Build(_data).Rows.Count;

    [Benchmark(Baseline = true)]
    public long Sylvan_strings_of_every_file()
    {
        long cells = 0;
        foreach (var file in Directory.EnumerateFiles(_folder, "*.csv", SearchOption.AllDirectories))
        {
            using var reader = CsvDataReader.Create(file, new CsvDataReaderOptions { HasHeaders = false, BufferSize = 1 << 16, MaxBufferSize = 1 << 24 });
            while (reader.Read())
            {
                for (var i = 0; i < reader.RowFieldCount; i++)
                {
                    cells += reader.GetString(i).Length > 0 ? 1 : 0;
                }
            }
        }

        return cells;
    }
}
