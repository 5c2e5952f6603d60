using Analysis.Cli.Indicators;
using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Review;

public sealed class ReviewCommandTests(ReviewCommandFixture fixture) : IClassFixture<ReviewCommandFixture>, IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("review-out-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void An_indicator_with_no_blocking_verdict_exits_0_and_writes_both_reports()
    {
        // Hypertension prevalence: not in the two-indicator library, far from chance, not tied to deprivation.
        var (exit, output, error) = Review(ReviewCommandFixture.Indicator("quality/prv02-hypertension-prevalence.csx"));

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.StartsWith("review of PRV02 (", output, StringComparison.Ordinal);
        Assert.Contains("no blocking verdict", output, StringComparison.Ordinal);
        Assert.StartsWith("# Indicator review: PRV02 Recorded prevalence of hypertension", File.ReadAllText(Path.Combine(_out, "review.md")), StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_out, "review.html"));
        Assert.Contains("<h2 id=\"funnel\">Funnel plot and outliers</h2>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"review-funnel\"", html, StringComparison.Ordinal);
        Assert.Equal(["review.html", "review.md"], Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("isolated: 2 worker process(es)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocking_verdict_exits_1_and_says_which()
    {
        // GPs aged 55+: at practice level almost every headcount is under 5, so nearly every value is suppressed.
        var (exit, output, _) = Review(ReviewCommandFixture.Indicator("workforce/wf05-share-of-gps-aged-55-plus.csx"));

        Assert.Equal(1, exit);
        Assert.Contains("blocks publication", output, StringComparison.Ordinal);
        Assert.Contains("  blocking  Coverage: ", output, StringComparison.Ordinal);
        Assert.Contains("| Practices covered | Blocking |", File.ReadAllText(Path.Combine(_out, "review.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_does_not_compile_still_gets_a_report_of_its_diagnostics_and_exits_1()
    {
        var script = Path.Combine(_out, "proposed.csx");
        File.WriteAllText(script, "Indicator(\"NEW01\", \"Bad\")\n    .Rate(per: \"ten\");\n");
        var reports = Path.Combine(_out, "report");

        var (exit, output, error) = AnalysisCli.Run("indicators", "review", script, "--data", fixture.Data, "--library", fixture.Library, "--out", reports);

        Assert.Equal(1, exit);
        Assert.Contains("proposed.csx(2,", error, StringComparison.Ordinal);
        Assert.Contains("review of " + script + ": blocks publication", output, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(reports, "review.md"));
        Assert.Contains("| Script diagnostics | Blocking |", markdown, StringComparison.Ordinal);
        Assert.Contains("proposed.csx(2,", markdown, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(reports, "review.html")));
    }

    [Fact]
    public void A_script_the_allow_list_rejects_gets_a_report_naming_the_symbol_and_its_line()
    {
        var script = Path.Combine(_out, "reads-a-file.csx");
        File.WriteAllText(script, File.ReadAllText(ReviewCommandFixture.Indicator("workforce/wf01-qualified-gp-fte-per-10k-weighted.csx"))
            .Replace("Indicator(\"WF01\"", "Indicator(\"NEW01\"", StringComparison.Ordinal)
            .Replace(".Numerator(p => p.Workforce.QualifiedGpFte)", ".Numerator(p => p.Workforce.QualifiedGpFte + System.IO.File.ReadAllText(\"secret.txt\").Length)", StringComparison.Ordinal));
        var reports = Path.Combine(_out, "report");

        var (exit, output, _) = AnalysisCli.Run("indicators", "review", script, "--data", fixture.Data, "--library", fixture.Library, "--out", reports);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("isolated:", output, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(reports, "review.md"));
        Assert.Matches(@"\| \S*reads-a-file\.csx\(16,\d+\) \| error \| IND110 \| System\.IO\.File is not allowed", markdown);
    }

    [Fact]
    public void A_script_that_does_not_compile_is_reported_without_loading_the_data()
    {
        var session = (ReviewCommand.Session?)null;
        var settings = new ReviewCommand.Settings(ReviewCommandFixture.Indicator("workforce/wf01-qualified-gp-fte-per-10k-weighted.csx"), fixture.Data, fixture.Library, _out);
        var diagnostic = new Analysis.Indicators.ScriptDiagnostic(settings.Script, 4, 1, "IND201", Analysis.Indicators.DiagnosticSeverity.Error, "System.IO.File is not allowed");

        var exit = ReviewCommand.Run(new CliContext(TextWriter.Null, TextWriter.Null), settings, (script, s) =>
        {
            session = s;
            return new ReviewCommand.Candidate([diagnostic], null);
        });

        Assert.Equal(1, exit);
        Assert.Equal(settings, session!.Settings);
        Assert.False(session.Panel.IsValueCreated);
        Assert.False(session.Library.IsValueCreated);
        Assert.Contains("System.IO.File is not allowed", File.ReadAllText(Path.Combine(_out, "review.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("script", "no script")]
    [InlineData("data", "--data: no folder")]
    [InlineData("library", "--library: no folder")]
    [InlineData("out", "is a file")]
    public void Usage_and_input_errors_exit_2_and_write_nothing(string wrong, string message)
    {
        var missing = Path.Combine(_out, "absent");
        var file = Path.Combine(_out, "a-file.txt");
        File.WriteAllText(file, "x");
        var reports = Path.Combine(_out, "reports");

        var (exit, _, error) = AnalysisCli.Run(
            "indicators", "review",
            wrong == "script" ? missing + ".csx" : ReviewCommandFixture.Indicator("quality/prv02-hypertension-prevalence.csx"),
            "--data", wrong == "data" ? missing : fixture.Data,
            "--library", wrong == "library" ? missing : fixture.Library,
            "--out", wrong == "out" ? file : reports);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(reports));
    }

    [Fact]
    public void The_output_folder_is_required()
    {
        var (exit, _, error) = AnalysisCli.Run("indicators", "review", ReviewCommandFixture.Indicator("quality/prv02-hypertension-prevalence.csx"));

        Assert.Equal(2, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) Review(string script) =>
        AnalysisCli.Run("indicators", "review", script, "--data", fixture.Data, "--library", fixture.Library, "--out", _out);
}
