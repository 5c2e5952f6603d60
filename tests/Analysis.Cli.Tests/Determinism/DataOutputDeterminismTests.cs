using System.Security.Cryptography;
using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Determinism;

/// <summary>
/// Data outputs are byte-identical when made twice from the same inputs: the synthetic sample for one seed, and
/// indicator results as CSV and JSON (the second run of the library also comes from the compile cache).
/// </summary>
public sealed class DataOutputDeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("determinism-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_sample_written_twice_with_one_seed_is_the_same_bytes_in_every_file()
    {
        var (a, b) = (Path.Combine(_folder, "a"), Path.Combine(_folder, "b"));

        Assert.Equal(0, AnalysisCli.Run("data", "sample", "--out", a, "--practices", "80", "--seed", "11").Exit);
        Assert.Equal(0, AnalysisCli.Run("data", "sample", "--out", b, "--practices", "80", "--seed", "11").Exit);
        var other = Path.Combine(_folder, "c");
        Assert.Equal(0, AnalysisCli.Run("data", "sample", "--out", other, "--practices", "80", "--seed", "12").Exit);

        var hashes = Hashes(a);
        Assert.True(hashes.Count >= 8, $"only {hashes.Count} files written: {string.Join(", ", hashes.Keys)}");
        Assert.Equal(hashes, Hashes(b));

        // The comparison can fail: another seed changes the data files.
        Assert.NotEqual(hashes.Where(h => h.Key.StartsWith("payments", StringComparison.Ordinal)), Hashes(other).Where(h => h.Key.StartsWith("payments", StringComparison.Ordinal)));
    }

    [Fact]
    public void Indicator_results_run_twice_are_the_same_bytes_as_csv_and_as_json()
    {
        var data = Path.Combine(_folder, "data");
        Assert.Equal(0, AnalysisCli.Run("data", "sample", "--out", data, "--practices", "120", "--seed", "5").Exit);
        var library = Path.Combine(SharedData.RepoRoot, "indicators");

        foreach (var (level, extension) in new[] { ("icb", "csv"), ("imd-decile", "json") })
        {
            var first = Path.Combine(_folder, $"first.{extension}");
            var second = Path.Combine(_folder, $"second.{extension}");
            var runs = new[] { first, second }.Select(output =>
                AnalysisCli.Run("indicators", "run", library, "--data", data, "--level", level, "--period", "all", "--out", output)).ToList();

            Assert.All(runs, r => Assert.Equal((0, string.Empty), (r.Exit, r.Error)));
            Assert.True(new FileInfo(first).Length > 1_000, $"{first} holds {new FileInfo(first).Length} bytes");
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(File.ReadAllBytes(second)));
        }
    }

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);
}
