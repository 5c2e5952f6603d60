using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Execution;

/// <summary>How to run a notebook: time limits, papermill-style parameters, where to run, and hooks to follow progress.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The longest one cell may run before it is abandoned (nbmake's default is 300 s).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest the whole notebook may run in this process; later cells are not run past it.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Values for the <c>parameters</c> cell, injected after it as papermill does (<c>-p name=value</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The working directory while the notebook runs; by default the notebook's own folder.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How many characters of console output one cell may produce before the rest is dropped and the cell fails.</summary>
    public int MaxStreamChars { get; init; } = 1_000_000;

    /// <summary>Called as a code cell starts, with its 0-based position.</summary>
    public Action<int, NotebookCell>? CellStarting { get; init; }

    /// <summary>Called after each code cell with the notebook as run so far (for checkpoints a parent process can read).</summary>
    public Action<NotebookRun>? CellCompleted { get; init; }
}
