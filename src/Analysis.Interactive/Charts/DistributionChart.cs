using System.Globalization;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// The spread of practice values within each area of a tier (ICB by default): one box (or violin) per area, ordered
/// by median from lowest to highest, with England's value (or the target) as a dashed line.
/// </summary>
internal static class DistributionChart
{
    public static GenericChart Build(IndicatorResults practices, string indicatorId, Panel panel, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (practices.Level != Level.Practice)
        {
            throw new ArgumentException($"a distribution by area needs practice-level results; these are at the {practices.Level} level", nameof(practices));
        }

        var slice = IndicatorSlice.Of(practices, indicatorId, options.Period);
        var d = slice.Definition;
        var tier = TierText(options.GroupBy);
        var figure = new Figure(IndicatorText.Title(d, slice.Period), tier + " (ordered by median)", IndicatorText.ValueAxis(d), options);
        figure.ShowLegend = false;
        var areas = slice.Period is { } month
            ? panel.At(month).ToDictionary(r => r.Practice.Value, r => r.Geography.At(options.GroupBy), StringComparer.Ordinal)
            : [];
        var unknown = new Area(options.GroupBy, "?", "Area not known");
        var groups = slice.Values.Where(v => v.Value is not null)
            .GroupBy(v => areas.GetValueOrDefault(v.AreaCode) ?? unknown)
            .Select(g => (Area: g.Key, Values: g.OrderBy(v => v.AreaCode, StringComparer.Ordinal).ToList(), Median: Median(g.Select(v => v.Value!.Value))))
            .OrderBy(g => g.Median).ThenBy(g => g.Area.Code, StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0)
        {
            figure.Note($"No practice values for {d.Id}{(slice.Period is { } p ? " in " + p : string.Empty)}.");
            return figure.Build();
        }

        figure.Note(string.Create(CultureInfo.InvariantCulture, $"{ChartNumbers.Count(groups.Sum(g => g.Values.Count))} practices in {groups.Count} {tier.ToLowerInvariant()}s; boxes show the middle half and median, whiskers 1.5 × IQR."));
        if (slice.Benchmark is { } benchmark)
        {
            figure.Line($"{slice.BenchmarkName} {ChartNumbers.Text(benchmark)}", [Label(groups[0].Area), Label(groups[^1].Area)], [benchmark, benchmark], Palette.Benchmark, "dash", 1);
        }

        foreach (var (area, values, _) in groups)
        {
            var trace = figure.Add(options.Violin ? "violin" : "box", Label(area));
            trace.SetProperty("x", Enumerable.Repeat(Label(area), values.Count).ToArray());
            trace.SetProperty("y", ChartNumbers.Round(values.Select(v => v.Value)));
            trace.SetProperty("hovertext", values.Select(v => $"{Figure.Escape(IndicatorSlice.AreaLabel(v))}<br>{Figure.Escape(area.ToString())}<br>{IndicatorText.WithUnit(d, v.Value)}").ToArray());
            trace.SetProperty("hoverinfo", "text+y");
            trace.SetProperty(options.Violin ? "points" : "boxpoints", "outliers");
            trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = Palette.Series, ["size"] = 3 });
            trace.SetProperty("line", new Dictionary<string, object> { ["color"] = Palette.Series, ["width"] = 1 });
        }

        figure.XAxis["type"] = "category";
        figure.RotateTickLabels(groups.Select(g => Label(g.Area)));
        figure.XAxis["categoryorder"] = "array";
        figure.XAxis["categoryarray"] = groups.Select(g => Label(g.Area)).ToArray();
        return figure.Build();
    }

    private static string Label(Area area) => Figure.Escape(TickLabel.Of(area.Name, area.Code));

    private static string TierText(AreaLevel level) => level switch
    {
        AreaLevel.Pcn => "PCN",
        AreaLevel.SubIcb => "Sub-ICB location",
        AreaLevel.Icb => "ICB",
        _ => "Region",
    };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
