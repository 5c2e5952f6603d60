using System.Globalization;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// The areas a chart was asked to point out (a scorecard's own practice, say), drawn again on top as large starred
/// markers in a trace of their own, so they stand out among thousands and a legend entry names them.
/// </summary>
internal static class Highlights
{
    public static void Add(Figure figure, IReadOnlyList<IndicatorValue> shown, ChartOptions options, Func<IndicatorValue, double> x, Func<IndicatorValue, string> hover)
    {
        var wanted = options.Highlight.ToHashSet(StringComparer.Ordinal);
        var points = shown.Where(v => wanted.Contains(v.AreaCode)).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var name = points.Count == 1 ? Figure.Escape(IndicatorSlice.AreaLabel(points[0])) : string.Create(CultureInfo.InvariantCulture, $"Highlighted: {points.Count}");
        var trace = figure.Add("scatter", name);
        trace.SetProperty("x", ChartNumbers.Round(points.Select(v => (double?)x(v))));
        trace.SetProperty("y", ChartNumbers.Round(points.Select(v => v.Value)));
        trace.SetProperty("mode", "markers+text");
        trace.SetProperty("text", points.Select(v => v.AreaCode).ToArray());
        trace.SetProperty("textposition", "top center");
        trace.SetProperty("hovertext", points.Select(hover).ToArray());
        trace.SetProperty("hoverinfo", "text");
        trace.SetProperty("marker", new Dictionary<string, object>
        {
            ["color"] = "#F0E442",
            ["symbol"] = "star",
            ["size"] = 16,
            ["line"] = new Dictionary<string, object> { ["color"] = "#000000", ["width"] = 1.5 },
        });
    }
}
