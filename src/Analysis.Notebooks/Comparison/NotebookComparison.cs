using System.Collections.Immutable;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Comparison;

/// <summary>A notebook's regression result: each code cell's comparison, or the problem that kept the notebook from running.</summary>
public sealed record NotebookComparison(string Path, NotebookRun? Run, ImmutableArray<CellComparison> Cells, NotebookProblem? Problem)
{
    /// <summary>The outcome as the command's exit code: 0 all match, 1 outputs differ, 2 an unexpected error or unreadable input.</summary>
    public int ExitCode =>
        Problem is not null || Cells.Any(c => c.Verdict == CellVerdict.Error) ? 2
        : Cells.Any(c => c.Verdict == CellVerdict.Differ) ? 1
        : 0;

    /// <summary>A notebook that could not be read or run at all.</summary>
    public static NotebookComparison Unreadable(NotebookProblem problem) => new(problem.Path, null, [], problem);
}
