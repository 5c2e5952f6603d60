using System.Text.RegularExpressions;
using Analysis.Cli.Report;
using Analysis.Cli.Tests.Support;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Report;

public sealed class ReportCommandTests(ReportCommandFixture fixture) : IClassFixture<ReportCommandFixture>
{
    private static readonly string Indicators = Path.Combine(SharedData.RepoRoot, "indicators");

    [Fact]
    public void Report_writes_the_site_from_a_data_folder_and_says_what_it_wrote()
    {
        var site = Path.Combine(fixture.Folder, "site");

        var (exit, output, error) = AnalysisCli.Run("report", "--data", fixture.Data, "--indicators", Indicators, "--out", site);

        Assert.Equal((0, string.Empty), (exit, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Loading data from {fixture.Data}…", lines[0]);
        Assert.Equal("Joining the datasets into the panel…", lines[1]);
        Assert.Matches(@"^Computing the indicators \(\d+ engine runs\)…$", lines[2]);
        var practices = Directory.GetFiles(Path.Combine(site, "practice"), "*.html").Length;
        Assert.Contains($"Writing {practices:N0} practice pages…", lines);
        var wrote = lines.Single(l => l.StartsWith("Wrote ", StringComparison.Ordinal));
        Assert.Matches($@"^Wrote {practices:N0} practice pages and [\d,]+ area pages to {Regex.Escape(Path.GetFullPath(site))}: [\d,]+ files, \d+\.\d MB\.$", wrote);
        Assert.Equal("Open " + Path.Combine(Path.GetFullPath(site), "index.html"), lines[^1]);
        Assert.Contains("<h1>Where is England under-doctored?</h1>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.Contains("NHS publication files in data", File.ReadAllText(Path.Combine(site, "methods.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_outside_the_data_is_an_input_error_and_writes_nothing()
    {
        var site = Path.Combine(fixture.Folder, "late");

        var (exit, _, error) = AnalysisCli.Run("report", "--data", fixture.Data, "--indicators", Indicators, "--period", "2030-01", "--out", site);

        Assert.Equal(2, exit);
        Assert.Matches(@"^error: the period 2030-01 is outside the data, which runs from \d{4}-\d{2} to \d{4}-\d{2}\r?\n$", error);
        Assert.False(Directory.Exists(site));
        Assert.DoesNotContain(Directory.EnumerateDirectories(fixture.Folder), d => Path.GetFileName(d).Contains(".building-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_that_is_not_a_month_is_a_usage_error()
    {
        var (exit, _, error) = AnalysisCli.Run("report", "--period", "soon", "--out", Path.Combine(fixture.Folder, "soon"));

        Assert.Equal(2, exit);
        Assert.Equal("error: --period: 'soon' is not latest or a month as yyyy-MM", error.TrimEnd());
    }

    [Fact]
    public void An_output_folder_holding_other_files_is_refused_before_any_data_is_read()
    {
        var folder = Path.Combine(fixture.Folder, "mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "do not delete");

        var (exit, output, error) = AnalysisCli.Run("report", "--data", fixture.Data, "--indicators", Indicators, "--out", folder);

        Assert.Equal(2, exit);
        Assert.Equal($"error: --out {folder} already holds files that are not a report written by 'analysis report'; give an empty or new folder so nothing of yours is replaced", error.TrimEnd());
        Assert.Equal(string.Empty, output);
        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_data_or_indicators_folder_is_a_usage_error()
    {
        var missing = Path.Combine(fixture.Folder, "nowhere");

        var data = AnalysisCli.Run("report", "--data", missing, "--indicators", Indicators, "--out", Path.Combine(fixture.Folder, "a"));
        var scripts = AnalysisCli.Run("report", "--data", fixture.Data, "--indicators", missing, "--out", Path.Combine(fixture.Folder, "b"));

        Assert.Equal((2, $"error: --data: no folder '{missing}' (give a folder of publication files, or 'sample')"), (data.Exit, data.Error.TrimEnd()));
        Assert.Equal((2, $"error: --indicators: no folder '{missing}'"), (scripts.Exit, scripts.Error.TrimEnd()));
    }

    [Fact]
    public void A_data_folder_without_publications_is_an_input_error()
    {
        var empty = Directory.CreateDirectory(Path.Combine(fixture.Folder, "empty")).FullName;
        File.WriteAllText(Path.Combine(empty, "readme.txt"), "no data here");

        var (exit, _, error) = AnalysisCli.Run("report", "--data", empty, "--indicators", Indicators, "--out", Path.Combine(fixture.Folder, "c"));

        Assert.Equal(2, exit);
        Assert.StartsWith("error: the data has no practices to report on: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.Folder, "c")));
    }

    [Fact]
    public void Without_indicators_the_nearest_indicators_folder_above_the_current_one_is_used()
    {
        Assert.Equal(Indicators, ReportCommand.FindIndicators(Path.Combine(SharedData.RepoRoot, "src", "Analysis.Cli")));
        Assert.Null(ReportCommand.FindIndicators(fixture.Folder));
    }
}
