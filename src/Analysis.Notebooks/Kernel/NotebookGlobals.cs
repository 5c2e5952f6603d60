using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Kernel;

/// <summary>
/// What every notebook cell sees without a <c>using</c>, as in the .NET Interactive kernel: <c>display(value)</c>.
/// It lives in the runner, never in a library a notebook references, so the same source also runs in VS Code,
/// where the kernel supplies its own <c>display</c>.
/// </summary>
public sealed class NotebookGlobals
{
    /// <summary>Shows a value below the cell, formatted for its preferred MIME types or for the ones given.</summary>
#pragma warning disable IDE1006 // the kernel's name, so notebooks run unchanged in both hosts
    public DisplayedValue display(object? value, params string[] mimeTypes) => CellCapture.Show(value, mimeTypes);
#pragma warning restore IDE1006
}
