using System.Collections.Immutable;
using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Execution;

/// <summary>The result of running a notebook: the notebook with its new outputs, and what happened to each code cell.</summary>
public sealed record NotebookRun(Notebook Notebook, ImmutableArray<CellRun> Cells, TimeSpan Duration)
{
    /// <summary>True when some cell failed or hung without being tagged to raise an exception.</summary>
    public bool HasUnexpectedErrors => Cells.Any(c => c.IsUnexpectedError);
}
