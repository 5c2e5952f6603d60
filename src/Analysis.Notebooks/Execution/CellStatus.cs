namespace Analysis.Notebooks.Execution;

/// <summary>What happened to a code cell in a run.</summary>
public enum CellStatus
{
    /// <summary>The cell ran to the end without an error.</summary>
    Ran,

    /// <summary>The cell produced an error output: a compile error, an exception, a bad directive, or too much output.</summary>
    Failed,

    /// <summary>The cell did not finish within its time limit and was abandoned.</summary>
    TimedOut,

    /// <summary>A tag (<c>skip-execution</c>, <c>nbval-skip</c>) or the cell's kernel kept it from running; its stored outputs are kept.</summary>
    Skipped,

    /// <summary>An earlier cell failed unexpectedly or hung, so this one was not run (as papermill and nbmake stop).</summary>
    NotRun,
}
