using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// A Polyglot notebook as read from <c>.ipynb</c> or <c>.dib</c>: its cells in order, its default kernel, the
/// kernel names its cells may use, and its metadata kept as read.
/// </summary>
public sealed record Notebook
{
    /// <summary>The cells in order.</summary>
    public required ImmutableArray<NotebookCell> Cells { get; init; }

    /// <summary>The kernel of cells that do not name one (<c>csharp</c> when the file says nothing).</summary>
    public string DefaultKernel { get; init; } = KernelNames.CSharp;

    /// <summary>The notebook's kernel table: each alias (and each name) mapped to its kernel name.</summary>
    public KernelNames Kernels { get; init; } = KernelNames.Standard;

    /// <summary>The notebook-level metadata as read; treat as read-only (the writer copies it).</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>The full path of the file the notebook was read from, if any; writes never replace it unless asked.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The code cells, with their position among all cells.</summary>
    public IEnumerable<(int Index, NotebookCell Cell)> CodeCells =>
        Cells.Select((cell, index) => (index, cell)).Where(c => c.cell.Kind == CellKind.Code);
}
