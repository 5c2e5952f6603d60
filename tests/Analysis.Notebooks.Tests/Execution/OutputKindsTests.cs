using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class OutputKindsTests
{
    private static readonly Lazy<NotebookRun> Outputs = new(() => Run.Fixture("Outputs/output-kinds.ipynb"));

    private static IReadOnlyList<string> Cell(int codeCell) => Run.Outputs(Outputs.Value, codeCell);

    [Fact]
    public void Markdown_is_skipped_and_every_code_cell_runs_with_a_count()
    {
        Assert.Equal(12, Outputs.Value.Cells.Length);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (int?)i), Outputs.Value.Cells.Select(c => c.Cell.ExecutionCount));
        Assert.False(Outputs.Value.HasUnexpectedErrors);
    }

    [Fact]
    public void Console_writes_are_stdout_and_stderr_streams() =>
        Assert.Equal(["stdout: to stdout\n", "stderr: to stderr\n"], Cell(0));

    [Fact]
    public void Display_of_a_string_is_plain_text_and_a_mime_type_can_be_asked_for()
    {
        Assert.Equal(["text/plain: a string"], Cell(1));
        Assert.Equal(["text/plain: 42"], Cell(2));
    }

    [Fact]
    public void DisplayAs_shows_the_text_as_the_given_type() => Assert.Equal(["text/html: <b>bold</b>"], Cell(3));

    [Fact]
    public void Display_in_JSON_uses_the_formatter() => Assert.Equal(["application/json: [1,2]"], Cell(4));

    [Fact]
    public void An_updated_display_is_replaced_in_place() => Assert.Equal(["text/plain: after"], Cell(5));

    [Fact]
    public void DisplayTable_gives_a_flat_HTML_table_and_CSV()
    {
        var table = Assert.IsType<DisplayOutput>(Assert.Single(Outputs.Value.Cells[6].Cell.Outputs));

        Assert.Equal("Region,Practices\nLondon,3\n\"North West\",2\n", table["text/csv"]);
        Assert.StartsWith("<table><thead><tr><td><span>Region</span></td><td><span>Practices</span></td></tr></thead>", table["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_expression_is_displayed_plain_for_strings_and_as_HTML_for_other_values()
    {
        Assert.Equal(["text/plain: A return value"], Cell(7));
        var two = Assert.Single(Cell(8));
        Assert.StartsWith("text/html: <div class=\"dni-plaintext\"><pre>2</pre></div><style>", two, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compile_error_is_reported_as_the_kernel_reports_it()
    {
        Assert.Equal(CellStatus.Failed, Outputs.Value.Cells[9].Status);
        Assert.Equal(["error: (1,1): error CS0103: The name 'nope' does not exist in the current context"], Cell(9));
    }

    [Fact]
    public void An_exception_is_an_error_with_the_type_message_and_the_cell_frames_only()
    {
        var error = Assert.IsType<ErrorOutput>(Assert.Single(Outputs.Value.Cells[10].Cell.Outputs));

        Assert.Equal("Error", error.Name);
        Assert.StartsWith("System.InvalidOperationException: boom\n   at Submission#", error.Value, StringComparison.Ordinal);
        Assert.EndsWith(" in output-kinds.ipynb#cell-12:line 1", error.Value, StringComparison.Ordinal);
        Assert.Equal(error.Value.Split('\n'), error.Traceback);
    }

    [Fact]
    public void A_chart_is_HTML_for_people_and_deterministic_JSON_for_comparison()
    {
        var chart = Assert.IsType<DisplayOutput>(Assert.Single(Outputs.Value.Cells[11].Cell.Outputs));

        Assert.Equal(["text/html", "application/json"], chart.Data.Select(d => d.MimeType));
        Assert.StartsWith("{\"data\":[{\"type\":\"scatter\",\"mode\":\"markers\",\"x\":[1,2,3],\"y\":[4,1,2]", chart["application/json"], StringComparison.Ordinal);
        Assert.Matches("^<div id=\"plotly-[0-9a-f]{8}-1\" class=\"plotly-chart\"></div>", chart["text/html"]);
        Assert.DoesNotContain("cdn.plot.ly", chart["text/html"], StringComparison.Ordinal);
        Assert.Equal(chart, Run.Fixture("Outputs/output-kinds.ipynb").Cells[11].Cell.Outputs[0] as DisplayOutput, DisplayComparer);
    }

    private static readonly IEqualityComparer<DisplayOutput?> DisplayComparer =
        EqualityComparer<DisplayOutput?>.Create((a, b) => a!.Data.SequenceEqual(b!.Data), d => 0);
}
