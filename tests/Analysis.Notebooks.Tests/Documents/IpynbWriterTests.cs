using System.Text.Json.Nodes;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Documents;

public sealed class IpynbWriterTests
{
    [Fact]
    public void A_VS_Code_notebook_is_written_back_byte_for_byte()
    {
        var text = File.ReadAllText(Fixtures.Path("Dialects/vscode.ipynb"));

        var written = NotebookFile.ToIpynb(NotebookFile.Parse("vscode.ipynb", text).Notebook!);

        Assert.Equal(text, written);
    }

    [Theory]
    [InlineData("Dialects/documents-library.ipynb")]
    [InlineData("Dialects/dotnet-repl.ipynb")]
    [InlineData("Dialects/kernels.dib")]
    public void Every_dialect_is_written_as_VS_Code_writes_it(string fixture)
    {
        var written = JsonNode.Parse(NotebookFile.ToIpynb(Fixtures.Read(fixture)))!.AsObject();

        Assert.Equal(4, (int)written["nbformat"]!);
        Assert.Equal(5, (int)written["nbformat_minor"]!);
        Assert.Equal("{\"name\":\"polyglot-notebook\"}", written["metadata"]!["language_info"]!.ToJsonString());
        Assert.NotNull(written["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.Null(written["metadata"]!["kernelInfo"]);
        Assert.StartsWith(".net-", (string)written["metadata"]!["kernelspec"]!["name"]!, StringComparison.Ordinal);
        foreach (var cell in written["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => (string)c["cell_type"]! == "code"))
        {
            Assert.Equal((string)cell["metadata"]!["polyglot_notebook"]!["kernelName"]!, (string)cell["metadata"]!["dotnet_interactive"]!["language"]!);
            Assert.Matches("^[0-9a-f]{8}$", (string)cell["id"]!);
        }
    }

    [Theory]
    [InlineData("Dialects/vscode.ipynb")]
    [InlineData("Dialects/documents-library.ipynb")]
    [InlineData("Dialects/dotnet-repl.ipynb")]
    [InlineData("Dialects/kernels.dib")]
    public void What_is_written_validates_against_the_nbformat_schema(string fixture)
    {
        Assert.Empty(NbformatSchema.Validate(NotebookFile.ToIpynb(Fixtures.Read(fixture))));
    }

    [Fact]
    public void Unknown_metadata_is_kept_and_the_Documents_library_items_move_under_kernelInfo()
    {
        var written = JsonNode.Parse(NotebookFile.ToIpynb(Fixtures.Read("Dialects/documents-library.ipynb")))!;
        var repl = JsonNode.Parse(NotebookFile.ToIpynb(Fixtures.Read("Dialects/dotnet-repl.ipynb")))!;

        Assert.Equal("fsharp", (string)written["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!);
        Assert.Equal(2, written["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["items"]!.AsArray().Count);
        Assert.Null(written["metadata"]!["polyglot_notebook"]!["items"]);
        Assert.Equal("2024-05-01T10:00:00.0000000+01:00", (string)repl["cells"]![0]!["metadata"]!["dotnet_repl_cellExecutionStartTime"]!);
    }

    [Fact]
    public void Sources_are_line_arrays_and_JSON_outputs_are_JSON_values_with_a_one_space_indent()
    {
        var notebook = Fixtures.Cells("var a = 1;\nvar b = 2;\n") with { };
        notebook = notebook with
        {
            Cells = [notebook.Cells[0] with { Outputs = [new DisplayOutput([new MimeValue("application/json", "{\"a\":[1,2]}"), new MimeValue("text/plain", "x\ny")])] }],
        };

        var text = NotebookFile.ToIpynb(notebook);

        Assert.Contains("\n   \"source\": [\n    \"var a = 1;\\n\",\n    \"var b = 2;\\n\"\n   ]", text, StringComparison.Ordinal);
        Assert.Contains("\"application/json\": {\n       \"a\": [\n        1,\n        2\n       ]\n      }", text, StringComparison.Ordinal);
        Assert.Contains("\"text/plain\": [\n       \"x\\n\",\n       \"y\"\n      ]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_ids_are_unique_and_the_same_on_every_write()
    {
        var notebook = Fixtures.Cells("1", "1", "md:# same", "1");

        var first = JsonNode.Parse(NotebookFile.ToIpynb(notebook))!["cells"]!.AsArray().Select(c => (string)c!["id"]!).ToList();
        var second = JsonNode.Parse(NotebookFile.ToIpynb(notebook))!["cells"]!.AsArray().Select(c => (string)c!["id"]!).ToList();

        Assert.Equal(4, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Writing_never_replaces_the_source_notebook_unless_asked_and_leaves_no_partial_file()
    {
        var folder = Directory.CreateTempSubdirectory("nb-write-").FullName;
        var path = Path.Combine(folder, "source.ipynb");
        File.Copy(Fixtures.Path("Dialects/dotnet-repl.ipynb"), path);
        var before = File.ReadAllBytes(path);
        var notebook = NotebookFile.Read(path).Notebook!;

        var refused = Assert.Throws<InvalidOperationException>(() => NotebookFile.Write(notebook, path));
        NotebookFile.Write(notebook, Path.Combine(folder, "copy.ipynb"));

        Assert.Contains("refusing to overwrite the source notebook", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        NotebookFile.Write(notebook, path, NotebookWriteGuard.ReplaceSource);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "copy.ipynb")), File.ReadAllText(path));
        Assert.Equal(["copy.ipynb", "source.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
