using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Data;

public sealed class SummaryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_data_folder_is_summarised_by_the_level_asked_for()
    {
        AnalysisCli.Run("data", "sample", "--out", _folder, "--practices", "150", "--seed", "3");

        var (exit, output, error) = AnalysisCli.Run("data", "summary", "--data", _folder, "--level", "Icb");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("per 10,000 weighted patients, 2023-03, by ICB", output);
        Assert.Contains("England", output);
    }

    [Fact]
    public void A_data_folder_that_does_not_exist_is_a_usage_error()
    {
        var (exit, _, error) = AnalysisCli.Run("data", "summary", "--data", Path.Combine(_folder, "absent"));

        Assert.Equal(2, exit);
        Assert.Contains("--data: no folder", error);
    }
}
