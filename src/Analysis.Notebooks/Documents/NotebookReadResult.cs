using System.Diagnostics.CodeAnalysis;

namespace Analysis.Notebooks.Documents;

/// <summary>The outcome of reading a notebook file: the notebook, or the problem that stopped the read.</summary>
public sealed record NotebookReadResult(Notebook? Notebook, NotebookProblem? Problem)
{
    /// <summary>True when the file was read.</summary>
    [MemberNotNullWhen(true, nameof(Notebook))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Notebook is not null;

    internal static NotebookReadResult Read(Notebook notebook) => new(notebook, null);

    internal static NotebookReadResult Failed(string path, string message, int line = 0, int column = 0) =>
        new(null, new NotebookProblem(path, message, line, column));
}
