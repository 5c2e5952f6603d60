using System.Globalization;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Reports;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_notebook_run_twice_gives_byte_identical_notebooks_and_pages()
    {
        var first = Run.Fixture("Outputs/output-kinds.ipynb").Notebook;
        var second = Run.Fixture("Outputs/output-kinds.ipynb").Notebook;

        Assert.Equal(NotebookFile.ToIpynb(first), NotebookFile.ToIpynb(second));
        Assert.Equal(NotebookHtml.Render(first, "x"), NotebookHtml.Render(second, "x"));
    }

    [Fact]
    public void An_executed_notebook_with_every_kind_of_output_validates_against_the_schema()
    {
        var executed = NotebookFile.ToIpynb(Run.Fixture("Outputs/output-kinds.ipynb").Notebook);

        Assert.Empty(NbformatSchema.Validate(executed));
    }

    [Fact]
    public void Writing_does_not_depend_on_the_culture()
    {
        var notebook = Fixtures.Read("Regression/changed-output.ipynb");
        var invariant = NotebookFile.ToIpynb(notebook);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal(invariant, NotebookFile.ToIpynb(notebook));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
