using Analysis.Notebooks.Comparison;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Comparison;

public sealed class NotebookComparerTests
{
    private static NotebookComparison Test(string fixture, params Scrubber[] user)
    {
        var stored = Fixtures.Read(fixture);
        return NotebookComparer.Compare(stored, Run.Notebook(stored), NotebookComparer.WithBuiltIns(user));
    }

    [Fact]
    public void A_changed_output_is_caught_with_a_readable_diff()
    {
        var result = Test("Regression/changed-output.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([CellVerdict.Match, CellVerdict.Differ, CellVerdict.Match], result.Cells.Select(c => c.Verdict));
        Assert.Equal(
            """
            outputs differ:
              output 1 (stdout) differs:
                  London: 1,201
                - North West: 1,049
                + North West: 1,050
                  South West: 820
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            result.Cells[1].Message);
    }

    [Fact]
    public void Guids_timings_dates_paths_line_endings_style_blocks_and_key_order_are_scrubbed_and_a_user_file_adds_more()
    {
        var (user, problem) = ScrubberFile.Read(Fixtures.Path("Regression/scrub.cfg"));
        Assert.Null(problem);

        var result = Test("Regression/scrubbed.ipynb", [.. user]);

        Assert.All(result.Cells, c => Assert.True(c.Verdict == CellVerdict.Match, $"{c.Run.Name}: {c.Message}"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CellVerdict.Differ, Test("Regression/scrubbed.ipynb").Cells[4].Verdict);
    }

    [Fact]
    public void Tags_decide_what_is_compared_and_an_unexpected_error_is_exit_code_2()
    {
        var tags = Test("Tags/tags.ipynb");
        var throws = Test("Failures/throws.ipynb");

        Assert.Equal(
            [CellVerdict.NoBaseline, CellVerdict.Skipped, CellVerdict.Skipped, CellVerdict.Match, CellVerdict.NoBaseline, CellVerdict.NoBaseline, CellVerdict.NoBaseline],
            tags.Cells.Select(c => c.Verdict));
        Assert.Equal("outputs not compared (nbval-ignore-output)", tags.Cells[3].Message);
        Assert.Equal(0, tags.ExitCode);
        Assert.Equal([CellVerdict.NoBaseline, CellVerdict.Error, CellVerdict.NotRun], throws.Cells.Select(c => c.Verdict));
        Assert.StartsWith("System.InvalidOperationException: boom", throws.Cells[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, throws.ExitCode);
    }

    [Fact]
    public void A_cell_tagged_to_raise_that_does_not_is_a_difference()
    {
        var notebook = Fixtures.Cells("1 + 1");
        notebook = notebook with { Cells = [notebook.Cells[0] with { Metadata = new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("raises-exception") } }] };

        var result = NotebookComparer.Compare(notebook, Run.Notebook(notebook), BuiltInScrubbers.All);

        Assert.Equal(CellVerdict.Differ, Assert.Single(result.Cells).Verdict);
        Assert.Equal("the cell is tagged to raise an exception but ran without one", result.Cells[0].Message);
    }

    [Fact]
    public void An_expected_error_is_compared_on_its_message_not_its_stack_frames()
    {
        var notebook = Fixtures.Cells("throw new Exception(\"expected\");");
        var tagged = notebook.Cells[0] with { Metadata = new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("raises-exception") }, ExecutionCount = 1 };
        var stored = notebook with { Cells = [tagged with { Outputs = [ErrorOutput.Of("System.Exception: expected\n   at Submission#7.<<Initialize>>d__0.MoveNext() in old.ipynb#cell-1:line 1")] }] };
        var changed = notebook with { Cells = [tagged with { Outputs = [ErrorOutput.Of("System.Exception: another message")] }] };

        var run = Run.Notebook(stored);

        Assert.Equal(CellVerdict.Match, NotebookComparer.Compare(stored, run, BuiltInScrubbers.All).Cells[0].Verdict);
        Assert.Equal(CellVerdict.Differ, NotebookComparer.Compare(changed, run, BuiltInScrubbers.All).Cells[0].Verdict);
    }
}
