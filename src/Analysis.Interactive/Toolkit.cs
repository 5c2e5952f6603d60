namespace Analysis.Interactive;

/// <summary>
/// The call a notebook makes after loading the toolkit: registers the formatters and, shown as the cell's result,
/// puts plotly.js on the page once so every later chart draws offline.
/// </summary>
/// <example>
/// <code>
/// #r "../src/Analysis.Interactive/bin/Debug/net10.0/Analysis.Interactive.dll"
/// using Analysis.Data; using Analysis.Indicators; using Analysis.Interactive;
/// Toolkit.Load()
/// </code>
/// </example>
/// <remarks>
/// An explicit call rather than a module initializer: displaying a panel touches only Analysis.Data, so nothing
/// would run this assembly's initializer before the first table is shown. It works the same in VS Code and in a
/// Roslyn-scripting runner, since both format values through the same library.
/// </remarks>
public static class Toolkit
{
    /// <summary>
    /// Registers the formatters (again only if they were reset) and returns what the cell should display: plotly.js
    /// (about 3.6 MB, once per notebook) unless <paramref name="embedPlotly"/> is false, and a line saying what loaded.
    /// </summary>
    public static ToolkitInfo Load(bool embedPlotly = true)
    {
        Formatters.Register();
        return new ToolkitInfo(embedPlotly);
    }
}
