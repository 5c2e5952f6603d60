using System.Globalization;
using Analysis.Statistics;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A funnel plot: each area's value against its size, the benchmark line, and the 95% and 99.8% control limits
/// around it; points are grouped by where they fall (the engine's funnel signal), so the legend names and the
/// marker shapes say above or below, and the furthest points beyond 99.8% carry their code.
/// </summary>
internal static class FunnelChart
{
    private static readonly (FunnelSignal Signal, string Name, bool? High, bool Filled)[] Groups =
    [
        (FunnelSignal.NotSignificant, "Inside 95% limits", null, true),
        (FunnelSignal.High, "Above 95% limit", true, false),
        (FunnelSignal.VeryHigh, "Above 99.8% limit", true, true),
        (FunnelSignal.Low, "Below 95% limit", false, false),
        (FunnelSignal.VeryLow, "Below 99.8% limit", false, true),
        (FunnelSignal.NotApplicable, "No funnel limits", null, false),
    ];

    public static GenericChart Build(IndicatorResults results, string indicatorId, ChartOptions options)
    {
        var slice = IndicatorSlice.Of(results, indicatorId, options.Period);
        var d = slice.Definition;
        var figure = new Figure(IndicatorText.Title(d, slice.Period), IndicatorText.SizeAxis(d), IndicatorText.ValueAxis(d), options);
        var points = slice.Values.Where(v => v.Value is not null && slice.Size(v) is > 0).ToList();
        var left = slice.Values.Count - points.Count;
        if (left > 0)
        {
            figure.Note(string.Create(CultureInfo.InvariantCulture, $"{ChartNumbers.Count(left)} of {ChartNumbers.Count(slice.Values.Count)} areas have no value (suppressed, excluded or missing) and are not shown."));
        }

        if (points.Count == 0)
        {
            figure.Note($"No values for {d.Id}{(slice.Period is { } p ? " in " + p : string.Empty)}.");
            return figure.Build();
        }

        var sizes = points.Select(v => slice.Size(v)!.Value).ToArray();
        var grid = FunnelLines.Sizes(sizes.Min(), sizes.Max());
        if (FunnelLines.Engine(slice) is { } curve)
        {
            var adjusted = results.Options.Overdispersion && d.ValueType != IndicatorValueType.Shortfall ? ", overdispersion-adjusted" : string.Empty;
            var centreName = adjusted.Length > 0 ? "Average of areas" : slice.BenchmarkName;
            figure.Line($"{centreName} {ChartNumbers.Text(curve.Centre)}", [grid[0], grid[^1]], [curve.Centre, curve.Centre], Palette.Benchmark, width: 1.5);
            AddLimits(figure, grid, curve.LimitsAt, "95% limits" + adjusted, l => (l.Lower95, l.Upper95), Palette.Limit95, "dash");
            AddLimits(figure, grid, curve.LimitsAt, "99.8% limits" + adjusted, l => (l.Lower998, l.Upper998), Palette.Limit998, "dot");
        }
        else
        {
            figure.Note($"{d.Id} has no funnel limits ({d.ValueType} values are not compared on a funnel).");
        }

        if (options.Overdispersion && !results.Options.Overdispersion && FunnelLines.Overdispersed(slice) is { } fitted)
        {
            var phi = fitted.Funnel.Phi.ToString("0.00", CultureInfo.InvariantCulture);
            AddLimits(figure, grid, fitted.AdjustedLimitsAt, $"95% limits, overdispersion-adjusted (φ = {phi})", l => (l.Lower95, l.Upper95), Palette.Overdispersed, "dash");
            AddLimits(figure, grid, fitted.AdjustedLimitsAt, "99.8% limits, overdispersion-adjusted", l => (l.Lower998, l.Upper998), Palette.Overdispersed, "dot");
        }

        var labelled = Labelled(points, options);
        foreach (var (signal, name, high, filled) in Groups)
        {
            var group = points.Where(v => v.Funnel == signal).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            var direction = high is { } h && slice.HigherIsBetter is { } good ? (h == good ? " (better)" : " (worse)") : string.Empty;
            var colour = high is { } up ? Palette.ForDirection(up, slice.HigherIsBetter) : signal == FunnelSignal.NotApplicable ? Palette.NotCompared : Palette.Similar;
            var symbol = Palette.Symbol(high) + (filled ? string.Empty : "-open");
            var trace = figure.Add("scatter", string.Create(CultureInfo.InvariantCulture, $"{name}{direction}: {group.Count}"));
            trace.SetProperty("x", ChartNumbers.Round(group.Select(slice.Size)));
            trace.SetProperty("y", ChartNumbers.Round(group.Select(v => v.Value)));
            var labels = group.Select(v => labelled.Contains(v.AreaCode) ? v.AreaCode : string.Empty).ToArray();
            trace.SetProperty("mode", labels.Any(l => l.Length > 0) ? "markers+text" : "markers");
            if (labels.Any(l => l.Length > 0))
            {
                trace.SetProperty("text", labels);
                trace.SetProperty("textposition", high == false ? "bottom center" : "top center");
                trace.SetProperty("textfont", new Dictionary<string, object> { ["size"] = 10 });
            }

            trace.SetProperty("hovertext", group.Select(v => Hover(slice, v, name + direction)).ToArray());
            trace.SetProperty("hoverinfo", "text");
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["color"] = colour,
                ["symbol"] = symbol,
                ["size"] = points.Count > 1000 ? 5 : 8,
                ["opacity"] = 0.85,
            });
        }

        Highlights.Add(figure, points, options, v => slice.Size(v)!.Value, v => Hover(slice, v, "Highlighted"));
        return figure.Build();
    }

    private static void AddLimits(Figure figure, IReadOnlyList<double> grid, Func<double, FunnelLimits> at, string name, Func<FunnelLimits, (double Lower, double Upper)> pick, string colour, string dash)
    {
        var limits = grid.Select(s => pick(at(s))).ToArray();
        var upper = figure.Line(name, grid.Select(s => (double?)s), limits.Select(l => Finite(l.Upper)), colour, dash, 1);
        upper.SetProperty("legendgroup", name);
        var lower = figure.Line(name, grid.Select(s => (double?)s), limits.Select(l => Finite(l.Lower)), colour, dash, 1);
        lower.SetProperty("legendgroup", name);
        lower.SetProperty("showlegend", false);
    }

    /// <summary>Highlighted areas, and the points furthest beyond the 99.8% limits, measured in widths of those limits.</summary>
    private static HashSet<string> Labelled(IReadOnlyList<IndicatorValue> points, ChartOptions options)
    {
        var furthest = points
            .Where(v => v.Funnel is FunnelSignal.VeryHigh or FunnelSignal.VeryLow && v.FunnelUpper998 > v.FunnelLower998)
            .Select(v => (v.AreaCode, Beyond: (v.Funnel == FunnelSignal.VeryHigh ? v.Value!.Value - v.FunnelUpper998!.Value : v.FunnelLower998!.Value - v.Value!.Value)
                / (v.FunnelUpper998!.Value - v.FunnelLower998!.Value)))
            .OrderByDescending(p => p.Beyond).ThenBy(p => p.AreaCode, StringComparer.Ordinal)
            .Take(Math.Max(0, options.LabelOutliers))
            .Select(p => p.AreaCode);
        return [.. furthest.Concat(options.Highlight)];
    }

    private static string Hover(IndicatorSlice slice, IndicatorValue v, string where)
    {
        var d = slice.Definition;
        var interval = IndicatorText.Interval(v, slice.Results.Options);
        return $"{Figure.Escape(IndicatorSlice.AreaLabel(v))}<br>{IndicatorText.WithUnit(d, v.Value)}{interval}<br>{IndicatorText.SizeAxis(d)}: {ChartNumbers.Size(slice.Size(v))}<br>{where}";
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
