using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class RunFlowTests
{
    [Fact]
    public void Tagged_cells_are_skipped_with_their_stored_outputs_or_allowed_to_raise()
    {
        var run = Run.Fixture("Tags/tags.ipynb");

        Assert.Equal(
            [CellStatus.Ran, CellStatus.Skipped, CellStatus.Skipped, CellStatus.Ran, CellStatus.Failed, CellStatus.Failed, CellStatus.Ran],
            run.Cells.Select(c => c.Status));
        Assert.False(run.HasUnexpectedErrors);
        Assert.Equal([1, null, null, 2, 3, 4, 5], run.Cells.Select(c => c.Cell.ExecutionCount));
        Assert.StartsWith("error: System.FormatException: The input string 'x' was not in a correct format.", Run.Outputs(run, 5)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_stops_the_run_and_later_cells_are_not_run()
    {
        var run = Run.Fixture("Failures/throws.ipynb");

        Assert.Equal([CellStatus.Ran, CellStatus.Failed, CellStatus.NotRun], run.Cells.Select(c => c.Status));
        Assert.True(run.HasUnexpectedErrors);
        Assert.Empty(run.Cells[2].Cell.Outputs);
        Assert.Null(run.Cells[2].Cell.ExecutionCount);
        Assert.Equal("cell 2: throw new InvalidOperationException(\"boom\");", run.Cells[1].Name);
    }

    [Fact]
    public void A_cell_past_its_time_limit_is_abandoned_and_the_rest_are_not_run()
    {
        var run = Run.Fixture("Failures/sleeps-forever.ipynb", Run.Options with { CellTimeout = TimeSpan.FromMilliseconds(500) });

        Assert.Equal([CellStatus.Ran, CellStatus.TimedOut, CellStatus.NotRun], run.Cells.Select(c => c.Status));
        Assert.Equal(["error: The cell did not finish within its time limit of 0.5 s and was abandoned; later cells were not run."], Run.Outputs(run, 1));
    }

    [Fact]
    public void A_flood_of_console_output_is_cut_at_the_limit_and_fails_the_cell()
    {
        var run = Run.Fixture("Failures/floods-stdout.ipynb", Run.Options with { MaxStreamChars = 1000 });

        Assert.Equal([CellStatus.Failed, CellStatus.NotRun], run.Cells.Select(c => c.Status));
        var outputs = run.Cells[0].Cell.Outputs;
        Assert.Equal(1000, Assert.IsType<StreamOutput>(outputs[0]).Text.Length);
        Assert.Equal(
            "The cell wrote 1,100,000 characters to the console; only the first 1,000 are kept (the rest, 1,099,000, were dropped). Write large results to a file instead.",
            Assert.IsType<ErrorOutput>(outputs[1]).Value);
    }

    [Fact]
    public void Parameters_are_injected_after_the_parameters_cell_as_papermill_does()
    {
        var options = Run.Options with { Parameters = [new("region", "London"), new("year", "2023"), new("rate", "2")] };

        var run = Run.Fixture("Parameters/parameters.ipynb", options);

        var injected = run.Notebook.Cells[2];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("// Parameters\nvar region = \"London\";\nvar year = 2023;\nvar rate = 2;", injected.Source);
        Assert.Equal(["text/plain: London 2023 2"], Run.Outputs(run, 2));
    }

    [Fact]
    public void Parameters_replace_an_earlier_injection_and_keep_their_types()
    {
        var once = NotebookParameters.Inject(Fixtures.Read("Parameters/parameters.ipynb"), [new("year", "2021")]);

        var twice = NotebookParameters.Inject(once, [new("rate", "0.25"), new("flag", "True"), new("name", "a \"quoted\" value")]);

        Assert.Single(twice.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Equal("// Parameters\nvar rate = 0.25;\nvar flag = true;\nvar name = \"a \\\"quoted\\\" value\";", twice.Cells[2].Source);
        Assert.Throws<ArgumentException>(() => NotebookParameters.Inject(once, [new("class", "1")]));
    }

    [Fact]
    public void A_dib_notebook_runs_like_an_ipynb()
    {
        var run = Run.Fixture("Dialects/runs.dib");

        Assert.Equal([CellStatus.Ran, CellStatus.Ran], run.Cells.Select(c => c.Status));
        Assert.StartsWith("text/html: <div class=\"dni-plaintext\"><pre>21</pre>", Run.Outputs(run, 1)[0], StringComparison.Ordinal);
    }
}
