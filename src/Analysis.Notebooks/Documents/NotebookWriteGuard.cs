namespace Analysis.Notebooks.Documents;

/// <summary>Whether a write may replace the notebook file the cells were read from.</summary>
public enum NotebookWriteGuard
{
    /// <summary>Refuse to overwrite the source notebook (the default: a run never alters what it ran).</summary>
    KeepSource,

    /// <summary>Replace the source notebook (for <c>--update-baseline</c>).</summary>
    ReplaceSource,
}
