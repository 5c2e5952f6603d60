using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Documents;

public sealed class IpynbReaderTests
{
    [Fact]
    public void Reads_the_VS_Code_dialect_with_its_outputs_tags_and_ids()
    {
        var notebook = Fixtures.Read("Dialects/vscode.ipynb");

        Assert.Equal("csharp", notebook.DefaultKernel);
        Assert.Equal([CellKind.Markdown, CellKind.Code], notebook.Cells.Select(c => c.Kind));
        var code = notebook.Cells[1];
        Assert.Equal("77476c72", code.Id);
        Assert.Equal(1, code.ExecutionCount);
        Assert.Equal("Console.Out.WriteLine(\"output\");\n\"A return value\"", code.Source);
        Assert.Equal(["nbval-ignore-output"], code.Tags);
        Assert.Equal(new StreamOutput("stdout", "output\r\n"), code.Outputs[0]);
        Assert.Equal("A return value", ((DisplayOutput)code.Outputs[1])["text/plain"]);
    }

    [Fact]
    public void Reads_the_Documents_library_dialect_with_string_sources_and_JSON_stored_as_lines()
    {
        var notebook = Fixtures.Read("Dialects/documents-library.ipynb");

        Assert.Equal("fsharp", notebook.DefaultKernel);
        Assert.Equal("let x = 1\nx", notebook.Cells[0].Source);
        Assert.Equal("fsharp", notebook.Cells[0].Kernel);
        // A leading #!csharp names a known kernel, so it wins over the cell's metadata.
        Assert.Equal("csharp", notebook.Cells[1].Kernel);
        var result = (DisplayOutput)notebook.Cells[1].Outputs[0];
        Assert.True(result.IsResult);
        Assert.Equal(3, result.ExecutionCount);
        Assert.Equal("{\"y\": 2}", result["application/json"]);
    }

    [Fact]
    public void Reads_the_dotnet_repl_dialect_with_a_null_execution_count_and_a_string_stream()
    {
        var notebook = Fixtures.Read("Dialects/dotnet-repl.ipynb");

        var cell = Assert.Single(notebook.Cells);
        Assert.Equal("csharp", cell.Kernel);
        Assert.Null(cell.ExecutionCount);
        Assert.Equal(new StreamOutput("stdout", "hi\n"), cell.Outputs[0]);
        var error = Assert.IsType<ErrorOutput>(cell.Outputs[1]);
        Assert.Equal("System.Exception: boom", error.Value);
    }

    [Theory]
    [InlineData("{\"metadata\": {}}", "no \"nbformat\" number")]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "\"nbformat\" is 3; expected 4")]
    [InlineData("{\"nbformat\": 4}", "no \"cells\" array")]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("", "the file is empty")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"sql\", \"source\": \"\"}]}", "cell 1 has cell_type 'sql'; expected code, markdown or raw")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 7}]}", "cell 1 has no \"source\" string or array of strings")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"widget\"}]}]}", "cell 1 output 1 has output_type 'widget'")]
    public void A_notebook_that_cannot_be_meant_is_a_problem_naming_what_was_expected(string text, string expected)
    {
        var result = NotebookFile.Parse("nb.ipynb", text);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("nb.ipynb: error: ", result.Problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_JSON_is_located_at_its_line_and_column()
    {
        var result = NotebookFile.Parse("broken.ipynb", "{\n \"nbformat\": 4,\n \"cells\": [}\n}");

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Problem.Line);
        Assert.Equal(12, result.Problem.Column);
        Assert.StartsWith("broken.ipynb(3,12): error: invalid JSON: ", result.Problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_metadata_means_a_csharp_notebook()
    {
        var notebook = NotebookFile.Parse("bare.ipynb", "{\"nbformat\": 4, \"nbformat_minor\": 2, \"cells\": [{\"cell_type\": \"code\", \"source\": \"1\"}]}").Notebook!;

        Assert.Equal("csharp", notebook.DefaultKernel);
        Assert.Equal("csharp", notebook.Cells[0].Kernel);
        Assert.Null(notebook.Cells[0].Id);
    }

    [Fact]
    public void A_missing_file_is_a_problem_naming_it()
    {
        var result = NotebookFile.Read("/no/such/notebook.ipynb");

        Assert.Equal("/no/such/notebook.ipynb: error: no such file", result.Problem!.ToString());
    }
}
