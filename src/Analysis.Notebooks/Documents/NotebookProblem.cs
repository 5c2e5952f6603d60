using System.Globalization;

namespace Analysis.Notebooks.Documents;

/// <summary>Why a notebook file could not be read: the file, where in it (line and column, or a cell) and what was expected.</summary>
public sealed record NotebookProblem(string Path, string Message, int Line = 0, int Column = 0)
{
    /// <summary>The problem as <c>file(line,col): error: message</c>, or <c>file: error: message</c> when no position applies.</summary>
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): error: {Message}")
        : $"{Path}: error: {Message}";
}
