using System.Globalization;
using System.Net;
using System.Text;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Formatting;

namespace Analysis.Notebooks.Reports;

/// <summary>
/// Renders an executed notebook as one HTML page that opens offline: prose, code and outputs in order, with
/// plotly.js (from Plotly.NET's own copy) included once, in the page head, when any output draws a chart.
/// </summary>
public static class NotebookHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
        .cell { margin: 1rem 0; }
        .code pre.source { background: #f5f5f5; border-left: 3px solid #005eb8; padding: .5rem; overflow-x: auto; }
        .count { color: #777; font-family: monospace; font-size: .8rem; }
        .output { margin: .25rem 0 .25rem 1rem; overflow-x: auto; }
        .output pre { margin: 0; }
        .stderr pre { color: #8a4b00; }
        .error pre { color: #b00020; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; }
        """;

    /// <summary>The page for the notebook, titled with <paramref name="title"/>.</summary>
    public static string Render(Notebook notebook, string title)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    body.Append("<div class=\"cell markdown\">\n").Append(MarkdownLite.ToHtml(cell.Source)).Append("</div>\n");
                    break;
                case CellKind.Code:
                    Code(body, cell);
                    break;
                default:
                    body.Append("<div class=\"cell raw\"><pre>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre></div>\n");
                    break;
            }
        }

        var html = body.ToString();
        var plotly = html.Contains(PlotlyHtml.Marker, StringComparison.Ordinal)
            ? "<script type=\"text/javascript\">\n" + PlotlyHtml.PlotlyJs + "\n</script>\n"
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Style}
            </style>
            {plotly}</head>
            <body>
            <h1 class="notebook-title">{WebUtility.HtmlEncode(title)}</h1>
            {html}</body>
            </html>

            """;
    }

    private static void Code(StringBuilder body, NotebookCell cell)
    {
        var count = cell.ExecutionCount is { } n ? n.ToString(CultureInfo.InvariantCulture) : " ";
        body.Append("<div class=\"cell code\">\n<div class=\"count\">[").Append(count).Append("]</div>\n<pre class=\"source\"><code>")
            .Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>\n");
        foreach (var output in cell.Outputs)
        {
            body.Append(output switch
            {
                StreamOutput s => $"<div class=\"output {s.Name}\"><pre>{WebUtility.HtmlEncode(s.Text)}</pre></div>\n",
                ErrorOutput e => $"<div class=\"output error\"><pre>{WebUtility.HtmlEncode(e.Value)}</pre></div>\n",
                DisplayOutput d => $"<div class=\"output display\">{Display(d)}</div>\n",
                _ => "",
            });
        }

        body.Append("</div>\n");
    }

    private static string Display(DisplayOutput display)
    {
        if (display["text/html"] is { } html)
        {
            return html;
        }

        foreach (var image in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (display[image] is { } data)
            {
                return $"<img src=\"data:{image};base64,{data.Replace("\n", "", StringComparison.Ordinal)}\" alt=\"\">";
            }
        }

        if (display["image/svg+xml"] is { } svg)
        {
            return svg;
        }

        if (display["text/markdown"] is { } markdown)
        {
            return MarkdownLite.ToHtml(markdown);
        }

        var text = display["text/plain"] ?? display.Data.FirstOrDefault().Content ?? "";
        return $"<pre>{WebUtility.HtmlEncode(text)}</pre>";
    }
}
