using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests.Support;

/// <summary>Runs notebooks in this process with short limits suited to tests.</summary>
internal static class Run
{
    public static readonly ExecutionOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(60) };

    public static NotebookRun Cells(params string[] sources) => Notebook(Fixtures.Cells(sources));

    public static NotebookRun Notebook(Notebook notebook, ExecutionOptions? options = null) =>
        NotebookExecutor.RunAsync(notebook, options ?? Options).GetAwaiter().GetResult();

    public static NotebookRun Fixture(string relative, ExecutionOptions? options = null) => Notebook(Fixtures.Read(relative), options);

    /// <summary>A cell's outputs as short strings: "stdout: text", "text/plain: 42", "error: message".</summary>
    public static IReadOnlyList<string> Outputs(NotebookRun run, int codeCell) =>
        [.. run.Cells[codeCell].Cell.Outputs.SelectMany(o => o switch
        {
            StreamOutput s => [$"{s.Name}: {s.Text}"],
            DisplayOutput d => d.Data.Select(m => $"{m.MimeType}: {m.Content}"),
            ErrorOutput e => [$"error: {e.Value}"],
            _ => [o.ToString()!],
        })];
}
