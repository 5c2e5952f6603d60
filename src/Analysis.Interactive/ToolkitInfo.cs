using System.Reflection;

namespace Analysis.Interactive;

/// <summary>What <see cref="Toolkit.Load"/> loaded: shown in a notebook, it is one line of text and (in HTML) plotly.js for the charts that follow.</summary>
/// <param name="EmbedsPlotly">Whether the HTML form carries plotly.js.</param>
public sealed record ToolkitInfo(bool EmbedsPlotly)
{
    /// <summary>The toolkit's version.</summary>
    public string Version { get; } =
        typeof(ToolkitInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The version of plotly.js charts use.</summary>
    public string PlotlyVersion => PlotlyJs.Version;

    /// <summary>"Analysis toolkit 1.0.0 loaded: …".</summary>
    public string Text() =>
        $"Analysis toolkit {Version} loaded: formatters registered; charts use plotly.js {PlotlyVersion}{(EmbedsPlotly ? ", embedded in this output so they draw offline" : string.Empty)}.";

    /// <summary>The text as a paragraph, after plotly.js when embedded.</summary>
    public string Html() =>
        (EmbedsPlotly ? ChartOutput.PlotlyScriptTag() : string.Empty) + $"<p class=\"analysis-toolkit\">{System.Net.WebUtility.HtmlEncode(Text())}</p>";
}
