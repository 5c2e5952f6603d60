using Analysis.Cli.Indicators.Isolated;
using Analysis.Cli.Isolation;
using Analysis.Cli.Tests.Indicators;
using Analysis.Cli.Tests.Support;
using Analysis.Indicators;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Isolation;

public sealed class IsolatedIndicatorRunTests(RunCommandFixture fixture) : IClassFixture<RunCommandFixture>
{
    private static readonly string Library = Path.Combine(SharedData.RepoRoot, "indicators");

    [Fact]
    public void The_library_gives_the_same_file_isolated_as_in_one_process()
    {
        var inProcess = Path.Combine(fixture.Folder, "in-process.csv");
        var isolated = Path.Combine(fixture.Folder, "isolated.csv");

        var plain = AnalysisCli.Run("indicators", "run", Library, "--data", fixture.Data, "--level", "region", "--out", inProcess);
        var (exit, output, error) = AnalysisCli.Run("indicators", "run", Library, "--data", fixture.Data, "--level", "region", "--out", isolated, "--isolate");

        Assert.Equal((0, string.Empty), (plain.Exit, plain.Error));
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(File.ReadAllText(inProcess), File.ReadAllText(isolated));
        Assert.Contains("isolated: 33 script(s), 0 failed; 1 worker process(es)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_gets_each_scripts_definition_values_by_level_and_inequality_from_one_worker()
    {
        var wf01 = Path.Combine(Library, "workforce", "wf01-qualified-gp-fte-per-10k-weighted.csx");
        var sf01 = Path.Combine(Library, "shortfall", "sf01-gp-fte-shortfall-england-rate.csx");
        var options = new IsolatedRunOptions { Levels = [Level.Practice, Level.DeprivationDecile], AllMonths = true, Inequality = true };

        var run = IsolatedIndicatorRun.Run([wf01, sf01], fixture.Data, options);

        Assert.Equal(1, run.Workers);
        Assert.True(run.Succeeded);
        var (gp, shortfall) = (run.Scripts[0], run.Scripts[1]);
        Assert.Equal((wf01, "WF01", 4), (gp.Path, gp.Definition!.Id, gp.Definition.Source.Line));
        Assert.Equal(Polarity.HigherIsBetter, gp.Definition.Polarity);
        Assert.Null(gp.Definition.Numerator); // the expression stays in the worker; its text comes back
        Assert.Equal(("p => p.Workforce.QualifiedGpFte", "p => p.WeightedPatients"), (gp.Expressions!.Numerator, gp.Expressions.Denominator));
        Assert.Equal(
            ["list under 1,000 patients: new, closing or special-population practices with unstable rates", "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors", "no weighted patients in the payments file (flagged 'No registered patients')"],
            gp.Expressions.Exclusions.Select(e => e.Reason));
        Assert.StartsWith("p => (p.RegisteredPatients < Convert(Convert(1000", gp.Expressions.Exclusions[0].When, StringComparison.Ordinal);
        Assert.Equal(ShortfallTarget.EnglandRate, shortfall.Definition!.Target);

        var practices = gp.Results[Level.Practice];
        Assert.True(practices.Values.Select(v => v.Period).Distinct().Count() >= 12, "a monthly series for stability between periods");
        Assert.True(practices.Values.Select(v => v.AreaCode).Distinct().Count() >= 100, "one value per practice for the distribution and the funnel");
        Assert.Equal(10, gp.Results[Level.DeprivationDecile].Values.Where(v => v.Period == gp.Inequality[0].Period).Select(v => v.AreaCode).Distinct().Count());
        Assert.Equal(["WF01"], practices.Indicators.Select(d => d.Id));
        Assert.Single(gp.Inequality);
        Assert.NotNull(gp.Inequality[0].Sii);
        Assert.True(gp.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public void A_script_the_sandbox_rejects_never_reaches_a_worker()
    {
        var folder = Directory.CreateTempSubdirectory("isolated-rejected-").FullName;
        try
        {
            var script = Path.Combine(folder, "hs.csx");
            File.WriteAllText(script, "var secret = System.IO.File.ReadAllText(\"/etc/passwd\");\nIndicator(\"HS99\", \"x\");\n");

            var run = IsolatedIndicatorRun.Run([script], fixture.Data, new IsolatedRunOptions());

            Assert.Equal(0, run.Workers);
            var error = Assert.Single(Assert.Single(run.Scripts).Diagnostics, d => d.IsError);
            Assert.Equal((script, 1, 24, "IND110"), (error.Path, error.Line, error.Column, error.Id));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Limits_are_for_isolated_runs_and_must_be_usable()
    {
        var output = Path.Combine(fixture.Folder, "limits.csv");

        var withoutIsolate = AnalysisCli.Run("indicators", "run", Library, "--time-limit", "5", "--out", output);
        var tooLittle = AnalysisCli.Run("indicators", "run", Library, "--isolate", "--memory-limit", "64", "--out", output);

        Assert.Equal((2, "error: --time-limit and --memory-limit apply to isolated runs: add --isolate"), (withoutIsolate.Exit, withoutIsolate.Error.Trim()));
        Assert.Equal((2, "error: --memory-limit: 64 MB is too little for a worker process; give 256 or more"), (tooLittle.Exit, tooLittle.Error.Trim()));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_worker_verb_is_hidden_from_help()
    {
        var (exit, output, _) = AnalysisCli.Run("indicators", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("run <PATH>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("worker", output, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), ChildLimits.Script.WallClock);
    }
}
