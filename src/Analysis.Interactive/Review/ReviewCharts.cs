using System.Globalization;
using Analysis.Indicators.Review;
using Plotly.NET;

namespace Analysis.Interactive.Review;

/// <summary>
/// The review's funnel plot: the chart builders' funnel (limits around England, outliers labelled) with the
/// review's own overdispersion-adjusted limits drawn over it, so the plot and the review's tables agree.
/// </summary>
internal static class ReviewCharts
{
    public static GenericChart Funnel(IndicatorReview r)
    {
        var f = r.Funnel;
        var funnel = Charts.Funnel(r.Practices, r.Indicator.Id, new ChartOptions
        {
            Period = r.Period,
            Highlight = [.. f.Outliers.Take(5).Select(o => o.Code)],
        });
        if (f.Practices.Count == 0 || f.Phi is not { } phi || f.AdjustedLimitsAt(f.Practices[0].Size) is null)
        {
            return funnel;
        }

        var grid = FunnelLines.Sizes(f.Practices.Min(p => p.Size), f.Practices.Max(p => p.Size));
        var limits = grid.Select(s => f.AdjustedLimitsAt(s)!.Value).ToArray();
        var name = string.Create(CultureInfo.InvariantCulture, $"99.8% limits, overdispersion-adjusted (φ = {phi:0.00})");
        var name95 = "95% limits, overdispersion-adjusted";
        return GenericChart.combine(
        [
            funnel,
            Line(name, grid, limits.Select(l => l.Upper998), "dot", showLegend: true),
            Line(name, grid, limits.Select(l => l.Lower998), "dot", showLegend: false),
            Line(name95, grid, limits.Select(l => l.Upper95), "dash", showLegend: true),
            Line(name95, grid, limits.Select(l => l.Lower95), "dash", showLegend: false),
        ]);
    }

    private static GenericChart Line(string name, IReadOnlyList<double> x, IEnumerable<double> y, string dash, bool showLegend)
    {
        var trace = new Trace("scatter");
        trace.SetProperty("name", name);
        trace.SetProperty("x", ChartNumbers.Round(x));
        trace.SetProperty("y", ChartNumbers.Round(y.Select(v => double.IsFinite(v) ? (double?)v : null)));
        trace.SetProperty("mode", "lines");
        trace.SetProperty("line", new Dictionary<string, object> { ["color"] = Palette.Overdispersed, ["dash"] = dash, ["width"] = 1.5 });
        trace.SetProperty("hoverinfo", "name+y");
        trace.SetProperty("legendgroup", name);
        trace.SetProperty("showlegend", showLegend);
        return GenericChart.ofTraceObject(false, trace);
    }
}
