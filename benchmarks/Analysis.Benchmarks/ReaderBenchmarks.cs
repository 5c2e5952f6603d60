using Analysis.Data;
using Analysis.Data.Payments;
using BenchmarkDotNet.Attributes;
using Sylvan.Data.Csv;

namespace Analysis.Benchmarks;

/// <summary>
/// Reads a real publication (2022-23 payments, 6,669 rows × 75 columns) into typed records, against
/// Sylvan reading every cell as a string as the baseline: the ratio is the cost of identification,
/// mapping and validation.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private static readonly string Payments = Path.Combine(SharedFolder(), "data", "nhs-payments-gp", "nhspaymentsgp-22-23-prac-csv.csv");

    // BenchmarkDotNet runs each job from a generated folder, so find ../shared from the working directory up.
    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new DirectoryNotFoundException("run the benchmarks from inside the repository: Analysis.sln not found above " + Directory.GetCurrentDirectory());
    }

    [Benchmark]
    public int Typed_read() => NhsFile.Read<PracticePayments>(Payments).Rows.Count;

    [Benchmark(Baseline = true)]
    public int Sylvan_strings()
    {
        using var reader = CsvDataReader.Create(Payments, new CsvDataReaderOptions { BufferSize = 1 << 16 });
        var cells = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells += reader.GetString(i).Length > 0 ? 1 : 0;
            }
        }

        return cells;
    }
}
