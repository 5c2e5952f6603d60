namespace Analysis.Notebooks.Comparison;

/// <summary>How one code cell fared in a regression test.</summary>
public enum CellVerdict
{
    /// <summary>The cell ran and its outputs match the stored ones (or are not compared, by tag).</summary>
    Match,

    /// <summary>The cell ran but was never run before, so there is nothing to compare with (as nbval).</summary>
    NoBaseline,

    /// <summary>The cell's outputs differ from the stored ones, or it did not raise the exception it is tagged to raise.</summary>
    Differ,

    /// <summary>The cell failed or hung without being tagged to raise.</summary>
    Error,

    /// <summary>A tag or the cell's kernel kept it from running.</summary>
    Skipped,

    /// <summary>An earlier cell failed, so this one was not run.</summary>
    NotRun,
}
