using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Indicators;

/// <summary>The whole path a user takes: a script compiled by the real compiler, run over a data folder, written to CSV.</summary>
public sealed class RunEndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("run-e2e-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_script_runs_over_a_data_folder_into_one_row_per_region()
    {
        var data = Path.Combine(_folder, "data");
        AnalysisCli.Run("data", "sample", "--out", data, "--practices", "150", "--seed", "5");
        var script = Path.Combine(_folder, "wf99.csx");
        File.WriteAllText(script, """
            Indicator("WF99", "Fully qualified GPs (FTE) per 10,000 weighted patients")
                .Definition("Fully qualified GP FTE per 10,000 Carr-Hill weighted patients.")
                .Rationale("Supply against need.")
                .Domain(Domain.Workforce)
                .Rate(per: 10_000)
                .Unit("FTE per 10,000 weighted patients")
                .Numerator(p => p.Workforce.QualifiedGpFte)
                .Denominator(p => p.WeightedPatients)
                .Uses(Dataset.Workforce, Dataset.Payments)
                .HigherIsBetter();
            """);
        var output = Path.Combine(_folder, "out.csv");

        var (exit, _, error) = AnalysisCli.Run("indicators", "run", script, "--data", data, "--level", "region", "--out", output);

        Assert.Equal((0, string.Empty), (exit, error));
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("indicator_id,level,area_code", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Skip(1).Count(l => l.StartsWith("WF99,Region,Y", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_script_that_does_not_compile_is_an_input_error_with_its_location()
    {
        var script = Path.Combine(_folder, "bad.csx");
        File.WriteAllText(script, "Indicator(\"WF98\", \"Bad\")\n    .Rate(per: \"ten\");\n");

        var (exit, _, error) = AnalysisCli.Run("indicators", "run", script, "--data", Path.Combine(_folder, "absent"), "--out", Path.Combine(_folder, "x.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("bad.csx(2,", error, StringComparison.Ordinal);
    }
}
