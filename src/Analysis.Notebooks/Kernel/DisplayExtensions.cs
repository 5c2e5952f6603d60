using Analysis.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace Analysis.Notebooks.Kernel;

/// <summary>
/// The kernel's display helpers for headless runs: <c>x.Display()</c>, <c>"&lt;b&gt;hi&lt;/b&gt;".DisplayAs("text/html")</c>
/// and <c>rows.DisplayTable()</c>. Imported into notebook cells by the runner only.
/// </summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value below the cell, formatted for its preferred MIME types or for the ones given.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => CellCapture.Show(value, mimeTypes);

    /// <summary>Shows the text as content of the given MIME type (for example HTML or markdown) rather than as a string.</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) => CellCapture.ShowRaw(value, mimeType);

    /// <summary>Shows the rows as a flat table (HTML for people, CSV for comparison).</summary>
    public static DisplayedValue DisplayTable<T>(this IEnumerable<T> rows) =>
        CellCapture.Show(rows.ToTabularDataResource(), ["text/html", "text/csv"]);
}
