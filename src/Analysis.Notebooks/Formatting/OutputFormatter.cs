using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;
using Plotly.NET;

namespace Analysis.Notebooks.Formatting;

/// <summary>
/// Turns a displayed value into its MIME representations through Microsoft.DotNet.Interactive.Formatting, as the
/// kernel does (HTML for objects, plain text for strings), with the runner's formatters for Plotly.NET charts
/// (HTML for people plus the chart's deterministic JSON for comparison) and for tables (HTML plus CSV).
/// </summary>
internal static class OutputFormatter
{
    private static readonly Lazy<bool> Registered = new(Register);

    public static DisplayOutput Format(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        _ = Registered.Value;
        if (value is null)
        {
            return DisplayOutput.Of(PlainTextFormatter.MimeType, Formatter.NullString);
        }

        var types = mimeTypes.Count > 0 ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value.GetType());
        return new DisplayOutput([.. types.Distinct(StringComparer.Ordinal).Select(mime => new MimeValue(mime, value.ToDisplayString(mime)))]);
    }

    /// <summary>Registers the runner's formatters once per process; a library a notebook loads may register its own over them.</summary>
    private static bool Register()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyHtml.Fragment(chart, CellCapture.Current?.Charts.Next() ?? 0)), HtmlFormatter.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(GenericChart.toJson(chart)), JsonFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType, JsonFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(TabularDataResource), HtmlFormatter.MimeType, "text/csv");
        return true;
    }
}
