namespace Analysis.Notebooks.Documents;

/// <summary>What a notebook cell holds: code to run, markdown prose, or raw text passed through untouched.</summary>
public enum CellKind
{
    /// <summary>Code for a kernel (C# unless the cell says otherwise).</summary>
    Code,

    /// <summary>Markdown prose; never executed.</summary>
    Markdown,

    /// <summary>Raw text kept as written; never executed.</summary>
    Raw,
}
