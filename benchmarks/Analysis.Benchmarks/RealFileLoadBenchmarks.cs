using Analysis.Cli.Bench;
using Analysis.Cli.Bench.Workloads;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

/// <summary>
/// Figure 3 of <c>analysis bench</c> under BenchmarkDotNet: each of the largest real files read into typed records,
/// ours against DuckDB <c>read_csv</c> into a table, with the options <see cref="LoadWorkload"/> finds it needs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class RealFileLoadBenchmarks
{
    private string _path = null!;
    private string? _options;
    private Func<string, int> _ours = null!;

    public static IEnumerable<string> Names => LoadWorkload.Files.Select(f => f.Name);

    [ParamsSource(nameof(Names))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = SharedDataFolder.Find() ?? throw new DirectoryNotFoundException("../shared/data is absent");
        var (_, relative, ours) = LoadWorkload.Files.Single(f => f.Name == File);
        _path = Path.Combine(folder, relative);
        _ours = ours;
        _options = LoadWorkload.DefaultsRefusal(_path) is null ? null
            : LoadWorkload.Refusal(_path, LoadWorkload.LenientOptions) is null ? LoadWorkload.LenientOptions
            : LoadWorkload.SkippingOptions;
    }

    [Benchmark]
    public int Ours_typed_records() => _ours(_path);

    [Benchmark(Baseline = true)]
    public long DuckDb_read_csv() => LoadWorkload.DuckDbRead(_path, _options);
}
