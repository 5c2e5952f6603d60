using Analysis.Cli.Tests.Support;
using System.Text.Json;

namespace Analysis.Cli.Tests.Indicators;

public sealed class CheckCommandTests : IDisposable
{
    private const string Clean = """
        Indicator("WF01", "Fully qualified GPs (FTE) per 10,000 weighted patients")
            .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
            .Rationale("The usual measure of how well doctored an area is relative to the need of its patients.")
            .Domain(Domain.Workforce)
            .Rate(per: 10_000, ci: Ci.Byar)
            .Unit("per 10,000 weighted patients")
            .Numerator(p => p.Workforce.QualifiedGpFte)
            .Denominator(p => p.WeightedPatients)
            .Uses(Dataset.Workforce, Dataset.Payments)
            .HigherIsBetter();
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_clean_folder_prints_the_summary_and_exits_0()
    {
        Write("wf01.csx", Clean);
        Write("wf02.csx", Clean.Replace("WF01", "WF02", StringComparison.Ordinal));

        var (exit, output, error) = AnalysisCli.Run("indicators", "check", _folder);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal("2 scripts, 2 indicators: 0 errors, 0 warnings" + Environment.NewLine, output);
    }

    [Fact]
    public void Errors_are_printed_at_the_scripts_line_and_column_and_exit_1()
    {
        var path = Write("wf01.csx", Clean.Replace("QualifiedGpFte", "QualifiedGpFtee", StringComparison.Ordinal));
        var unlinted = Write("wf02.csx", "var unused = 1;\n" + Clean.Replace("WF01", "WF02", StringComparison.Ordinal).Replace("    .HigherIsBetter()", "    .HigherIsBetter().Uses(Dataset.Survey)", StringComparison.Ordinal));

        var (exit, output, _) = AnalysisCli.Run("indicators", "check", path, unlinted);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{path}(7,33): error CS1061: 'WorkforceSnapshot' does not contain a definition for 'QualifiedGpFtee' and no accessible extension method 'QualifiedGpFtee' accepting a first argument of type 'WorkforceSnapshot' could be found (are you missing a using directive or an assembly reference?)",
                $"{unlinted}(1,5): warning CS0219: The variable 'unused' is assigned but its value is never used",
                $"{unlinted}(2,1): warning IND019: WF02 declares Survey but its expressions do not read it",
                "2 scripts, 1 indicator: 1 error, 2 warnings",
            ],
            output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Json_lists_the_diagnostics_for_tools()
    {
        var path = Write("wf01.csx", "#load \"other.csx\"\n" + Clean);

        var (exit, output, _) = AnalysisCli.Run("indicators", "check", _folder, "--format", "json");

        Assert.Equal(1, exit);
        var document = JsonDocument.Parse(output).RootElement;
        Assert.Equal((1, 1, 0), (document.GetProperty("scripts").GetInt32(), document.GetProperty("errors").GetInt32(), document.GetProperty("warnings").GetInt32()));
        var diagnostic = Assert.Single(document.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            (path, 1, 1, "IND101", "error"),
            (diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(),
                diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString()));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_usage_error()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var (exit, output, error) = AnalysisCli.Run("indicators", "check", missing);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains($"no script file or folder '{missing}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_scripts_is_a_usage_error()
    {
        var (exit, _, error) = AnalysisCli.Run("indicators", "check", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("no indicator scripts (*.csx)", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
