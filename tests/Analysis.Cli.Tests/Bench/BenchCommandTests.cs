using System.Text.RegularExpressions;
using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Bench;

public sealed class BenchCommandTests
{
    private static readonly Regex Measured = new(@"^[a-z0-9-]+: ours (\d+\.\d (ms|MB)|\d+ assemblies), peer (\d+\.\d (ms|MB)|\d+ assemblies), ratio \d+\.\d\d( \[.+\])?$");
    private static readonly Regex Skipped = new(@"^[a-z0-9-]+: skipped: .+$");

    [Fact]
    public void Quick_run_prints_one_line_per_figure_in_the_fixed_format_and_exits_0()
    {
        var (exit, output, error) = AnalysisCli.Run("bench", "--quick", "--scale", "tiny");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("# tiny scale: 20 practices", lines[0], StringComparison.Ordinal);
        var figures = lines.Skip(1).ToList();
        Assert.All(figures, line => Assert.True(Measured.IsMatch(line) || Skipped.IsMatch(line), "not a figure line: " + line));
        var names = figures.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            ["engine-icb-month", "engine-practice-month", "compile-cold-process", "compile-cache-hit-cold-process", "compile-cache-hit",
             "load-payments", "load-qof-prevalence", "load-quinary-registrations", "load-workforce-panel", "load-pcn-workforce",
             "notebooks-cold-start", "notebooks-per-cell", "notebooks-all", "notebooks-runs-time", "notebooks-runs-heap", "notebooks-runs-assemblies",
             "report-pages"],
            names);
        Assert.Matches(Measured, figures[0]);
        Assert.Matches(Measured, figures[2]);
        Assert.All(figures.Where(f => f.StartsWith("notebooks-", StringComparison.Ordinal)), line => Assert.Matches(Measured, line));
        Assert.Matches(@"^notebooks-runs-heap: ours \d+\.\d MB, peer \d+\.\d MB, ", figures[14]);
        Assert.Matches(@"^notebooks-runs-assemblies: ours \d+ assemblies, peer \d+ assemblies, ", figures[15]);
    }

    [Fact]
    public void Only_measures_the_figures_whose_names_start_with_a_given_prefix_in_the_usual_order()
    {
        var (exit, output, error) = AnalysisCli.Run("bench", "--scale", "tiny", "--only", "report,engine-icb");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("# tiny scale: 20 practices × 3 months, 3 scripts; median of 1 runs after 0 warm-up, 1 fresh process(es) per cold figure; only: report, engine-icb", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Matches(Measured, lines[1]);
        Assert.StartsWith("engine-icb-month: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("report-pages: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_with_a_prefix_that_names_no_figure_is_a_usage_error_listing_the_figures()
    {
        var (exit, output, error) = AnalysisCli.Run("bench", "--scale", "tiny", "--only", "engine,compil3");

        Assert.Equal(2, exit);
        Assert.Contains("--only compil3: no figure is named so or starts so; the figures are engine-icb-month, engine-practice-month, compile-cold-process", error, StringComparison.Ordinal);
        Assert.DoesNotContain("engine-icb-month:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_scale_is_a_usage_error()
    {
        var (exit, _, error) = AnalysisCli.Run("bench", "--scale", "huge");

        Assert.Equal(2, exit);
        Assert.Contains("--scale huge", error, StringComparison.Ordinal);
    }
}
