using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class DirectivesTests
{
    private static readonly Lazy<NotebookRun> Directives = new(() => Run.Fixture("Directives/directives.ipynb"));

    private static IReadOnlyList<string> Cell(int codeCell) => Run.Outputs(Directives.Value, codeCell);

    private static string Html(string value) => $"text/html: <div class=\"dni-plaintext\"><pre>{value}</pre></div>";

    [Fact]
    public void Kernel_selectors_are_taken_out_and_time_reports_the_wall_time()
    {
        Assert.Empty(Cell(0));
        Assert.StartsWith(Html("2"), Cell(1)[0], StringComparison.Ordinal);
        Assert.Matches(@"^text/plain: Wall time: [0-9.]+ms$", Cell(1)[1]);
    }

    [Fact]
    public void A_nuget_reference_the_runner_ships_with_is_the_runners_own_copy()
    {
        Assert.Equal(["text/plain: Default"], Cell(2));
    }

    [Fact]
    public void Load_reads_a_script_beside_the_notebook()
    {
        Assert.StartsWith(Html("20"), Assert.Single(Cell(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_the_runner_does_not_have_is_an_error_naming_it()
    {
        Assert.Equal(
            ["error: (1,1): error NB0003: package 'No.Such.Package' version 1.0.0 is not available: the headless runner has no network and can only use packages it ships with (such as Plotly.NET, Deedle and Microsoft.DotNet.Interactive.Formatting)"],
            Cell(4));
    }

    [Fact]
    public void Errors_keep_the_notebook_line_numbers_after_directives_are_taken_out()
    {
        var error = Assert.Single(Cell(5));

        Assert.StartsWith("error: (5,3): error CS1061: 'int' does not contain a definition for 'Nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_cell_is_skipped_and_another_language_is_an_error_not_a_crash()
    {
        Assert.Equal(CellStatus.Skipped, Directives.Value.Cells[6].Status);
        Assert.Equal(CellStatus.Failed, Directives.Value.Cells[7].Status);
        Assert.Equal(["error: (1,1): error NB0001: this cell is in 'fsharp'; the headless runner runs C# only (tag the cell skip-execution to leave it to VS Code)"], Cell(7));
    }

    [Fact]
    public void An_unsupported_magic_command_is_located()
    {
        Assert.Equal(["error: (1,1): error NB0002: the magic command '#!set' is not supported by the headless runner (it supports #!time and kernel names such as #!csharp)"], Cell(8));
    }

    [Fact]
    public void A_markdown_part_inside_a_cell_is_skipped_and_the_csharp_after_it_runs()
    {
        Assert.StartsWith(Html("2"), Assert.Single(Cell(9)), StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_run_in_the_notebook_folder_under_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var run = Run.Fixture("Directives/directives.ipynb");

            Assert.StartsWith(Html("True"), Assert.Single(Run.Outputs(run, 10)), StringComparison.Ordinal);
            Assert.Equal(["text/plain: 1,234.5 03/01/2024"], Run.Outputs(run, 11));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Nothing_unexpected_failed()
    {
        Assert.False(Directives.Value.HasUnexpectedErrors, string.Join("\n", Directives.Value.Cells.Where(c => c.IsUnexpectedError).Select(c => c.Name)));
    }
}
