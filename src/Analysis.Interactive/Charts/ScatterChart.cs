using System.Globalization;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// Two indicators against each other, one point per area that has both in the same month, with the least-squares
/// line and Pearson's correlation in the title's note.
/// </summary>
internal static class ScatterChart
{
    public static GenericChart Build(IndicatorResults results, string xIndicatorId, string yIndicatorId, ChartOptions options)
    {
        var dx = IndicatorSlice.Find(results, xIndicatorId);
        var dy = IndicatorSlice.Find(results, yIndicatorId);
        var period = options.Period ?? CommonLatest(results, dx.Id, dy.Id);
        var xs = IndicatorSlice.Of(results, dx.Id, period);
        var ys = IndicatorSlice.Of(results, dy.Id, period).Values.Where(v => v.Value is not null).ToDictionary(v => v.AreaCode, StringComparer.Ordinal);
        var pairs = xs.Values.Where(v => v.Value is not null && ys.ContainsKey(v.AreaCode))
            .Select(v => (X: v, Y: ys[v.AreaCode]))
            .ToList();
        var title = period is { } p ? string.Create(CultureInfo.InvariantCulture, $"{dy.Id} against {dx.Id} by {LevelText.Plural(results.Level).ToLowerInvariant()} ({p})") : $"{dy.Id} against {dx.Id}";
        var figure = new Figure(title, $"{dx.Id} {dx.Title} ({IndicatorText.Unit(dx)})", $"{dy.Id} {dy.Title} ({IndicatorText.Unit(dy)})", options);
        if (pairs.Count == 0)
        {
            figure.Note($"No area has values for both {dx.Id} and {dy.Id}{(period is { } m ? " in " + m : string.Empty)}.");
            return figure.Build();
        }

        var highlight = options.Highlight.ToHashSet(StringComparer.Ordinal);
        var trace = figure.Add("scatter", string.Create(CultureInfo.InvariantCulture, $"{LevelText.Plural(results.Level)}: {pairs.Count}"));
        trace.SetProperty("x", ChartNumbers.Round(pairs.Select(p => p.X.Value)));
        trace.SetProperty("y", ChartNumbers.Round(pairs.Select(p => p.Y.Value)));
        if (highlight.Count > 0)
        {
            trace.SetProperty("mode", "markers+text");
            trace.SetProperty("text", pairs.Select(p => highlight.Contains(p.X.AreaCode) ? p.X.AreaCode : string.Empty).ToArray());
            trace.SetProperty("textposition", "top center");
        }
        else
        {
            trace.SetProperty("mode", "markers");
        }

        trace.SetProperty("hovertext", pairs.Select(p =>
            $"{Figure.Escape(IndicatorSlice.AreaLabel(p.X))}<br>{dx.Id}: {IndicatorText.WithUnit(dx, p.X.Value)}<br>{dy.Id}: {IndicatorText.WithUnit(dy, p.Y.Value)}").ToArray());
        trace.SetProperty("hoverinfo", "text");
        trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = Palette.Series, ["size"] = pairs.Count > 1000 ? 4 : 7, ["opacity"] = 0.7 });

        var x = pairs.Select(p => p.X.Value!.Value).ToArray();
        var y = pairs.Select(p => p.Y.Value!.Value).ToArray();
        if (Fit(x, y) is { } fit)
        {
            var (lo, hi) = (x.Min(), x.Max());
            figure.Line("Least-squares line", [lo, hi], [fit.Intercept + (fit.Slope * lo), fit.Intercept + (fit.Slope * hi)], Palette.Worse, "solid", 1.5);
            figure.Note(string.Create(CultureInfo.InvariantCulture, $"Pearson's r = {fit.R:0.000} over {pairs.Count:#,0} areas; slope {ChartNumbers.Text(fit.Slope)}."));
        }

        return figure.Build();
    }

    /// <summary>The latest month in which both indicators have values.</summary>
    private static Analysis.Data.Periods.Month? CommonLatest(IndicatorResults results, string x, string y)
    {
        var months = results.Values.Where(v => v.IndicatorId == x && v.Value is not null).Select(v => v.Period).ToHashSet();
        var both = results.Values.Where(v => v.IndicatorId == y && v.Value is not null && months.Contains(v.Period)).Select(v => v.Period).ToList();
        return both.Count == 0 ? null : both.Max();
    }

    /// <summary>Ordinary least squares of y on x and Pearson's r, or null with fewer than three points or no spread.</summary>
    internal static (double Slope, double Intercept, double R)? Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 3)
        {
            return null;
        }

        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        if (sxx <= 0 || syy <= 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        return (slope, my - (slope * mx), sxy / Math.Sqrt(sxx * syy));
    }
}
