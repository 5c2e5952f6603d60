using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Analysis.Data;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A chart as data or as HTML that works offline: the figure JSON (the same bytes for the same input), an HTML
/// fragment for a page that loads plotly.js once, or a whole page carrying plotly.js (or pointing at a local copy).
/// Nothing here refers to a CDN, and element ids come from the figure's content, never from random GUIDs.
/// </summary>
/// <example>
/// <code>
/// var chart = Charts.Funnel(results, "WF01");
/// File.WriteAllText("wf01.json", chart.Json());
/// chart.WriteHtml("wf01.html");                                   // self-contained, about 3.6 MB
/// PlotlyJs.WriteTo("site/js");                                    // a site ships plotly.js once…
/// var html = chart.HtmlFragment("wf01-funnel");                   // …and each page holds fragments
/// </code>
/// </example>
public static class ChartOutput
{
    /// <summary>The figure as Plotly JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>, also valid as <c>application/vnd.plotly.v1+json</c>.</summary>
    public static string Json(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toJson(chart);
    }

    /// <summary>
    /// A <c>div</c> and a script that draws the chart into it once plotly.js is on the page (it waits up to ten
    /// seconds, then says plotly.js is missing). The id defaults to one derived from the figure's JSON.
    /// </summary>
    public static string HtmlFragment(this GenericChart chart, string? id = null)
    {
        var json = chart.Json();
        id ??= "chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
        if (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new ArgumentException($"a chart id may hold only ASCII letters, digits, '-' and '_' (found \"{id}\")", nameof(id));
        }

        var height = Height(chart);
        var label = WebUtility.HtmlEncode(PlainTitle(chart));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"analysis-chart\" id=\"{id}\" style=\"width:100%;height:{height}px\" role=\"img\" aria-label=\"{label}\"></div>\n");
        html.Append("<script>\n(function () {\n");
        html.Append("  var figure = ").Append(ScriptSafe(json)).Append(";\n");
        html.Append("  var tries = 0;\n");
        html.Append("  function draw() {\n");
        html.Append(CultureInfo.InvariantCulture, $"    var target = document.getElementById('{id}');\n");
        html.Append("    if (!target) { return; }\n");
        html.Append("    if (window.Plotly) { window.Plotly.newPlot(target, figure.data, figure.layout, figure.config); }\n");
        html.Append("    else if (tries++ < 200) { setTimeout(draw, 50); }\n");
        html.Append("    else { target.textContent = 'This chart needs plotly.js, which this page has not loaded.'; }\n");
        html.Append("  }\n  draw();\n})();\n</script>\n");
        return html.ToString();
    }

    /// <summary>
    /// A whole HTML page holding the chart that opens offline: plotly.js inlined when <paramref name="plotlySource"/>
    /// is null, else loaded from that relative path or file (such as <c>js/plotly-2.28.0.min.js</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The source is a web address (charts must not depend on a CDN).</exception>
    public static string HtmlPage(this GenericChart chart, string? plotlySource = null)
    {
        var title = WebUtility.HtmlEncode(PlainTitle(chart));
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<title>{title}</title>\n");
        page.Append(PlotlyScriptTag(plotlySource));
        page.Append("</head>\n<body>\n<main>\n");
        page.Append(chart.HtmlFragment());
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes <see cref="HtmlPage"/> to a file, whole or not at all.</summary>
    /// <exception cref="ArgumentException">The source is a web address.</exception>
    public static void WriteHtml(this GenericChart chart, string path, string? plotlySource = null) =>
        AtomicFile.Write(path, new UTF8Encoding(false).GetBytes(chart.HtmlPage(plotlySource)));

    /// <summary>The <c>script</c> element that loads plotly.js: inline when the source is null, else from the local path given.</summary>
    /// <exception cref="ArgumentException">The source is a web address.</exception>
    public static string PlotlyScriptTag(string? plotlySource = null)
    {
        if (plotlySource is null)
        {
            return "<script>" + ScriptSafe(PlotlyJs.Text) + "</script>\n";
        }

        if (plotlySource.Contains("//", StringComparison.Ordinal) || plotlySource.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"plotly.js must come from a local file, not from \"{plotlySource}\"; write it with PlotlyJs.WriteTo and give the relative path", nameof(plotlySource));
        }

        return $"<script src=\"{WebUtility.HtmlEncode(plotlySource)}\"></script>\n";
    }

    /// <summary>The chart's title as plain text (without the notes under it), for page titles and screen readers.</summary>
    internal static string PlainTitle(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        var title = layout.TryGetPropertyValue("title") is { } option && option.Value is Dictionary<string, object> t && t.TryGetValue("text", out var text)
            ? text as string ?? string.Empty
            : string.Empty;
        var cut = title.IndexOf("<br>", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(cut >= 0 ? title[..cut] : title);
    }

    private static int Height(GenericChart chart) =>
        GenericChart.getLayout(chart).TryGetPropertyValue("height") is { } option && option.Value is int height ? height : 480;

    /// <summary>Text placed inside a script element must not close it early or open an HTML comment.</summary>
    private static string ScriptSafe(string script) =>
        script.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
