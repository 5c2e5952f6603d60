using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Tests.Support;

/// <summary>The notebooks under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static Notebook Read(string relative)
    {
        var result = NotebookFile.Read(Path(relative));
        Assert.True(result.Succeeded, result.Problem?.ToString());
        return result.Notebook;
    }

    /// <summary>A notebook from cell sources (C# code cells unless a source starts with "md:").</summary>
    public static Notebook Cells(params string[] sources) => new()
    {
        Cells = [.. sources.Select(s => s.StartsWith("md:", StringComparison.Ordinal)
            ? new NotebookCell { Kind = CellKind.Markdown, Kernel = KernelNames.Markdown, Source = s[3..] }
            : new NotebookCell { Kind = CellKind.Code, Source = s })],
    };
}
