using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Comparison;

/// <summary>One code cell's regression result: the run, the verdict, and a readable explanation (the diff, or the error).</summary>
public sealed record CellComparison(CellRun Run, CellVerdict Verdict, string Message)
{
    /// <summary>True unless the outputs differ or the cell errored.</summary>
    public bool Passed => Verdict is not CellVerdict.Differ and not CellVerdict.Error;
}
