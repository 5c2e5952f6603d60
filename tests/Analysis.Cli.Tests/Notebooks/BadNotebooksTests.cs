using System.Text.Json.Nodes;
using Analysis.Cli.Tests.Support;

namespace Analysis.Cli.Tests.Notebooks;

/// <summary>
/// Each notebook of tests/corpus/bad-notebooks fails in its own way; the runner reports each with exit code 2 and a
/// message saying what happened, writes what it ran (whole files only), and never changes the notebook.
/// </summary>
public sealed class BadNotebooksTests
{
    [Theory]
    [InlineData("invalid-json.ipynb", "invalid-json.ipynb(19,17): error: invalid JSON: Expected end of string, but instead reached end of data.")]
    [InlineData("wrong-nbformat.ipynb", "error: \"nbformat\" is 3; expected 4")]
    [InlineData("unknown-kernel.ipynb", "error: none of the notebook's code cells is C#: its kernel is 'python3' (kernelspec 'python3')")]
    public void An_unreadable_notebook_is_exit_code_2_with_a_located_error_and_nothing_written(string name, string expected)
    {
        var (exit, output, error, written) = RunAndKeepSource(name);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(written);
    }

    [Theory]
    [InlineData("throws.ipynb", 1, "System.InvalidOperationException: no data for 6300 practices")]
    [InlineData("exits.ipynb", 1, "The notebook's process ended with exit code 3 while this cell ran (a cell that calls Environment.Exit, or crashes the runtime, ends the notebook).")]
    [InlineData("floods-stdout.ipynb", 0, "The cell wrote 104,857,600 characters to the console; only the first 1,000,000 are kept (the rest, 103,857,600, were dropped).")]
    [InlineData("missing-package.ipynb", 0, "(1,1): error NB0003: package 'Newtonsoft.Json.Schema' version 4.0.1 is not available")]
    [InlineData("missing-assembly.ipynb", 0, "(1,1): error CS0006: Metadata file 'lib/NotBuiltYet.dll' could not be found")]
    public void A_failing_cell_is_exit_code_2_and_the_executed_notebook_shows_the_error_and_what_did_not_run(string name, int failingCell, string expected)
    {
        var (exit, output, _, written) = RunAndKeepSource(name);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        var notebook = Assert.Single(written, f => f.EndsWith(".ipynb", StringComparison.Ordinal));
        Assert.Single(written, f => f.EndsWith(".html", StringComparison.Ordinal));
        var code = JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray().Where(c => (string)c!["cell_type"]! == "code").ToList();
        var error = code[failingCell]!["outputs"]!.AsArray().Last()!;
        Assert.Equal("error", (string)error["output_type"]!);
        Assert.Contains(expected, (string)error["evalue"]!, StringComparison.Ordinal);
        Assert.All(code.Skip(failingCell + 1), c => Assert.Empty(c!["outputs"]!.AsArray()));
    }

    [Fact]
    public void A_cell_that_hangs_is_stopped_at_the_cell_time_limit()
    {
        var (exit, output, _, written) = RunAndKeepSource("hangs.ipynb", "--cell-timeout", "3");

        Assert.Equal(2, exit);
        Assert.Contains("cell 2: while (true) { }: The cell did not finish within its time limit of 3 s and was abandoned; later cells were not run.", output, StringComparison.Ordinal);
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public void A_notebook_that_hangs_past_its_time_limit_has_its_process_killed_and_the_others_still_run()
    {
        var source = NotebookFolders.BadNotebook("hangs.ipynb");
        var before = File.ReadAllBytes(source);
        var junit = Path.Combine(NotebookFolders.Scratch(), "results.xml");

        var (exit, output, _) = AnalysisCli.Run("notebooks", "test", source, NotebookFolders.Fixture("Parameters/parameters.ipynb"), "--timeout", "30", "--junit", junit);

        Assert.Equal(2, exit);
        Assert.Contains("ERROR cell 2: while (true) { }\n    The notebook's process was stopped after its time limit of 30 s while this cell ran.", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("parameters.ipynb: 2 code cells: 2 without a baseline", output, StringComparison.Ordinal);
        Assert.Contains("<error message=\"The notebook's process was stopped after its time limit of 30 s while this cell ran.\">", File.ReadAllText(junit), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    /// <summary>Runs <c>notebooks run</c> on a corpus notebook into a scratch folder; checks the notebook's bytes did not change and no partial file was left.</summary>
    private static (int Exit, string Output, string Error, IReadOnlyList<string> Written) RunAndKeepSource(string name, params string[] extra)
    {
        var source = NotebookFolders.BadNotebook(name);
        var before = File.ReadAllBytes(source);
        var folder = NotebookFolders.Scratch();

        var (exit, output, error) = AnalysisCli.Run(["notebooks", "run", source, "--out", folder, .. extra]);

        Assert.Equal(before, File.ReadAllBytes(source));
        var written = Directory.GetFiles(folder);
        Assert.DoesNotContain(written, f => f.EndsWith(".partial", StringComparison.Ordinal));
        return (exit, output, error, written);
    }
}
