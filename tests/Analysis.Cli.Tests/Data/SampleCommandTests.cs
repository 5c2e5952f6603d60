using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Data;

public sealed class SampleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sample-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_small_sample_is_written_read_back_and_summarised_by_region()
    {
        var (exit, output, error) = AnalysisCli.Run("data", "sample", "--out", _folder, "--practices", "150", "--seed", "7", "--summary");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("seed 7, 150 practices open at the end", output);
        Assert.Contains("Fully qualified GPs (FTE) per 10,000 weighted patients, 2023-03, by Region", output);
        Assert.Contains("Y58 South West", output);
        Assert.True(File.Exists(Path.Combine(_folder, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(_folder, "payments", "nhspaymentsgp-22-23-prac-csv.csv")));
    }

    [Fact]
    public void The_same_seed_twice_writes_the_same_files()
    {
        AnalysisCli.Run("data", "sample", "--out", Path.Combine(_folder, "a"), "--practices", "60");
        AnalysisCli.Run("data", "sample", "--out", Path.Combine(_folder, "b"), "--practices", "60");

        var a = File.ReadAllBytes(Path.Combine(_folder, "a", "ods", "epraccur.csv"));
        var b = File.ReadAllBytes(Path.Combine(_folder, "b", "ods", "epraccur.csv"));
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("data", "sample")]
    [InlineData("data", "sample", "--out", "x", "--seed", "not-a-number")]
    public void A_malformed_command_line_exits_2(params string[] args)
    {
        var (exit, _, error) = AnalysisCli.Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_the_sample_cannot_honour_exit_2_and_say_why()
    {
        var (exit, _, error) = AnalysisCli.Run("data", "sample", "--out", _folder, "--practices", "10");

        Assert.Equal(2, exit);
        Assert.Contains("Practices must be between 50 and 20,000 (found 10)", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }
}
