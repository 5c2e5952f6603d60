using System.Xml.Linq;
using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Notebooks;

public sealed class NotebooksCommandTests
{
    [Fact]
    public void Test_catches_a_changed_output_with_a_readable_diff_and_exit_code_1_and_writes_JUnit_and_TRX()
    {
        var folder = NotebookFolders.Scratch();
        var (junit, trx) = (Path.Combine(folder, "junit.xml"), Path.Combine(folder, "results.trx"));

        var (exit, output, _) = AnalysisCli.Run("notebooks", "test", NotebookFolders.Fixture("Regression/changed-output.ipynb"), "--junit", junit, "--trx", trx);

        Assert.Equal(1, exit);
        Assert.Contains(
            "  FAIL cell 3: foreach (var (region, count) in practices)\n    outputs differ:\n      output 1 (stdout) differs:\n          London: 1,201\n        - North West: 1,049\n        + North West: 1,050\n          South West: 820\n",
            output.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.EndsWith("1 notebook, 3 code cells: 2 passed, 1 failed, 0 skipped\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("1", XDocument.Load(junit).Root!.Attribute("failures")!.Value);
        Assert.Equal(3, XDocument.Load(trx).Root!.Descendants().Count(e => e.Name.LocalName == "UnitTestResult"));
    }

    [Fact]
    public void Update_baseline_stores_the_outputs_so_the_next_test_matches_and_plain_test_never_writes()
    {
        var copy = NotebookFolders.CopyOf("Parameters/parameters.ipynb");
        var original = File.ReadAllBytes(copy);

        var first = AnalysisCli.Run("notebooks", "test", copy);
        Assert.Equal(original, File.ReadAllBytes(copy));
        var update = AnalysisCli.Run("notebooks", "test", copy, "--update-baseline");
        var second = AnalysisCli.Run("notebooks", "test", copy);

        Assert.Equal(0, first.Exit);
        Assert.Contains("2 code cells: 2 without a baseline", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, update.Exit);
        Assert.Contains("baseline updated", update.Output, StringComparison.Ordinal);
        Assert.Contains("\"England 2020 1.5\"", File.ReadAllText(copy), StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("2 code cells: 2 match", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_injects_parameters_and_writes_the_executed_notebook_and_an_offline_page_beside_it()
    {
        var source = NotebookFolders.Fixture("Parameters/parameters.ipynb");
        var before = File.ReadAllBytes(source);
        var folder = NotebookFolders.Scratch();

        var (exit, output, error) = AnalysisCli.Run("notebooks", "run", source, "--out", folder, "-p", "region=North West", "-p", "year=2023");

        Assert.True(exit == 0, error + output);
        Assert.Equal(before, File.ReadAllBytes(source));
        var executed = File.ReadAllText(Path.Combine(folder, "parameters.ipynb"));
        Assert.Contains("\"injected-parameters\"", executed, StringComparison.Ordinal);
        Assert.Contains("\"North West 2023 1.5\"", executed, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(folder, "parameters.html"));
        Assert.Contains("<h1>A parameterised notebook</h1>", html, StringComparison.Ordinal);
        Assert.Contains("North West 2023 1.5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_refuses_to_write_over_the_notebooks_it_runs()
    {
        var copy = NotebookFolders.CopyOf("Parameters/parameters.ipynb");

        var (exit, _, error) = AnalysisCli.Run("notebooks", "run", copy, "--out", Path.GetDirectoryName(copy)!);

        Assert.Equal(2, exit);
        Assert.Contains("would overwrite the notebook", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_parameter_or_scrubber_file_is_a_usage_error()
    {
        var notebook = NotebookFolders.Fixture("Parameters/parameters.ipynb");

        var parameter = AnalysisCli.Run("notebooks", "run", notebook, "--out", NotebookFolders.Scratch(), "-p", "no-equals-sign");
        var scrub = AnalysisCli.Run("notebooks", "test", notebook, "--scrub", "/no/such/scrub.cfg");

        Assert.Equal((2, "error: -p expected name=value, got 'no-equals-sign'\n"), (parameter.Exit, parameter.Error.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Equal((2, "error: /no/such/scrub.cfg: error: no such file\n"), (scrub.Exit, scrub.Error.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_worker_verb_is_hidden_from_help()
    {
        var (exit, output, _) = AnalysisCli.Run("notebooks", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("run", output, StringComparison.Ordinal);
        Assert.Contains("test", output, StringComparison.Ordinal);
        Assert.DoesNotContain("worker", output, StringComparison.Ordinal);
    }
}
