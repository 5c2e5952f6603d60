using System.Globalization;
using System.Text.Json;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A chart in a notebook: HTML that draws once plotly.js is on the page (see <see cref="Toolkit.Load"/>), the figure
/// as <c>application/vnd.plotly.v1+json</c> (which VS Code draws with its own bundled Plotly, offline), and a
/// plain-text line naming the chart and its traces for regression comparison.
/// </summary>
internal static class ChartFormatter
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public static string Text(GenericChart chart)
    {
        using var figure = JsonDocument.Parse(chart.Json());
        var names = figure.RootElement.GetProperty("data").EnumerateArray()
            .Select(t => t.TryGetProperty("name", out var name) ? name.GetString() : null)
            .Where(n => !string.IsNullOrEmpty(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var count = figure.RootElement.GetProperty("data").GetArrayLength();
        return string.Create(CultureInfo.InvariantCulture, $"Chart: {ChartOutput.PlainTitle(chart)} ({count} traces: {string.Join("; ", names)})");
    }
}
