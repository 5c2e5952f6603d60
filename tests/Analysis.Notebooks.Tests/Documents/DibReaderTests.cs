using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Documents;

public sealed class DibReaderTests
{
    [Fact]
    public void Splits_on_known_kernel_names_only_and_keeps_magic_commands_in_the_cell()
    {
        var notebook = Fixtures.Read("Dialects/kernels.dib");

        Assert.Equal(
            [(CellKind.Markdown, "# Shortfall indicators"),
             (CellKind.Code, "#!time\nvar practices = 3;\npractices * 2"),
             (CellKind.Code, "#!set --name x --value 1\nConsole.WriteLine(\"still the same cell\");"),
             (CellKind.Code, "\"an alias from the meta block\"")],
            notebook.Cells.Select(c => (c.Kind, c.Source)));
        Assert.All(notebook.Cells.Skip(1), c => Assert.Equal("csharp", c.Kernel));
        Assert.All(notebook.Cells, c => Assert.Empty(c.Outputs));
    }

    [Fact]
    public void Text_before_the_first_kernel_line_belongs_to_the_default_kernel()
    {
        var notebook = NotebookFile.Parse("x.dib", "\r\nvar a = 1;\r\n\r\n#!fsharp\r\nlet b = 2\r\n").Notebook!;

        Assert.Equal([("csharp", "var a = 1;"), ("fsharp", "let b = 2")], notebook.Cells.Select(c => (c.Kernel, c.Source)));
    }

    [Fact]
    public void A_broken_meta_block_is_located_in_the_file()
    {
        var result = NotebookFile.Parse("x.dib", "#!meta\n\n{\"kernelInfo\": \n\n#!csharp\n1");

        Assert.False(result.Succeeded);
        Assert.Equal(4, result.Problem.Line); // where the unfinished object meets the blank line before #!csharp
        Assert.Contains("invalid JSON in the #!meta block", result.Problem.Message, StringComparison.Ordinal);
    }
}
