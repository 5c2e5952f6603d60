using System.Security.Cryptography;
using System.Text;
using Plotly.NET;

namespace Analysis.Notebooks.Formatting;

/// <summary>
/// The HTML of a Plotly.NET chart for notebook outputs: a div and a script that draws the chart's JSON with the
/// page's plotly.js. Unlike Plotly.NET's own HTML (a new random GUID per render, and plotly.js from a CDN), the
/// element id comes from the chart and its position, and plotly.js is supplied once per page by the renderer.
/// </summary>
internal static class PlotlyHtml
{
    private static readonly Lazy<string> Script = new(ReadEmbeddedPlotly);

    /// <summary>plotly.js as Plotly.NET ships it (an embedded resource), for pages that must open offline.</summary>
    public static string PlotlyJs => Script.Value;

    /// <summary>The marker the renderer looks for to know a page needs plotly.js.</summary>
    public const string Marker = "Plotly.newPlot(";

    public static string Fragment(GenericChart chart, int number)
    {
        var json = GenericChart.toJson(chart);
        var id = "plotly-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8] + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // "</" inside a script element would end it early; "<\/" means the same to JavaScript.
        var safe = json.Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <div id="{{id}}" class="plotly-chart"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{safe}};
              var target = document.getElementById('{{id}}');
              if (typeof Plotly === 'undefined') { target.textContent = 'This chart needs plotly.js, which this page does not load.'; return; }
              {{Marker}}target, figure.data, figure.layout, figure.config);
            })();
            </script>
            """;
    }

    private static string ReadEmbeddedPlotly()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
