using System.Globalization;
using Analysis.Data.Periods;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A time series: one line per area through the months the results hold (from <see cref="IndicatorEngine.RunAllMonths"/>),
/// with England's value (or the target, for a shortfall) as a dashed line.
/// </summary>
internal static class TimeSeriesChart
{
    /// <summary>Up to this many areas are drawn when none are named; beyond it, the ones ranked worst in the last month.</summary>
    private const int AllAreasUpTo = 12;
    private const int WorstAreas = 8;

    public static GenericChart Build(IndicatorResults results, string indicatorId, ChartOptions options)
    {
        var d = IndicatorSlice.Find(results, indicatorId);
        var values = results.Values.Where(v => string.Equals(v.IndicatorId, d.Id, StringComparison.Ordinal)).ToList();
        var months = values.Select(v => v.Period).Distinct().Order().ToList();
        var title = months.Count == 0 ? IndicatorText.Title(d, null) : string.Create(CultureInfo.InvariantCulture, $"{d.Id} {d.Title} ({months[0]} to {months[^1]})");
        var figure = new Figure(title, "Month", IndicatorText.ValueAxis(d), options);
        if (months.Count == 0)
        {
            figure.Note($"No values for {d.Id}.");
            return figure.Build();
        }

        var shortfall = d.ValueType == IndicatorValueType.Shortfall;
        var benchmark = months
            .Select(m => (Month: m, Value: values.Where(v => v.Period == m).Select(v => shortfall ? v.Target : v.England).FirstOrDefault(b => b is not null)))
            .Where(b => b.Value is not null)
            .ToList();
        if (benchmark.Count > 0)
        {
            figure.Line(shortfall ? "Target" : "England", [.. benchmark.Select(b => Date(b.Month))], benchmark.Select(b => b.Value), Palette.Benchmark, "dash", 2);
        }

        var areas = Areas(values, months[^1], options, d, out var note);
        if (note is not null)
        {
            figure.Note(note);
        }

        var byArea = values.ToLookup(v => v.AreaCode, StringComparer.Ordinal);
        for (var i = 0; i < areas.Count; i++)
        {
            var series = byArea[areas[i]].Where(v => v.Value is not null).OrderBy(v => v.Period).ToList();
            if (series.Count == 0)
            {
                continue;
            }

            var colour = Palette.Areas[i % Palette.Areas.Count];
            var trace = figure.Add("scatter", Figure.Escape(IndicatorSlice.AreaLabel(series[0])));
            trace.SetProperty("x", series.Select(v => Date(v.Period)).ToArray());
            trace.SetProperty("y", ChartNumbers.Round(series.Select(v => v.Value)));
            trace.SetProperty("mode", series.Count > 24 ? "lines" : "lines+markers");
            trace.SetProperty("line", new Dictionary<string, object> { ["color"] = colour, ["width"] = 2 });
            trace.SetProperty("hovertext", series.Select(v =>
                $"{Figure.Escape(IndicatorSlice.AreaLabel(v))}<br>{v.Period}: {IndicatorText.WithUnit(d, v.Value)}{IndicatorText.Interval(v, results.Options)}").ToArray());
            trace.SetProperty("hoverinfo", "text");
        }

        figure.XAxis["type"] = "date";
        figure.XAxis["tickformat"] = "%b %Y";
        return figure.Build();
    }

    /// <summary>Plotly reads "2023-03-01" as a date; the first of the month stands for the month.</summary>
    private static string Date(Month month) => month.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> Areas(List<IndicatorValue> values, Month last, ChartOptions options, IndicatorDefinition d, out string? note)
    {
        note = null;
        if (options.Highlight.Count > 0)
        {
            return [.. options.Highlight];
        }

        var codes = values.Select(v => v.AreaCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (codes.Count <= AllAreasUpTo)
        {
            return codes;
        }

        // Rank 1 is the best, so the largest ranks in the last month are the worst areas.
        var worst = values.Where(v => v.Period == last && v.Rank is not null)
            .OrderByDescending(v => v.Rank).ThenBy(v => v.AreaCode, StringComparer.Ordinal)
            .Take(WorstAreas)
            .Select(v => v.AreaCode)
            .ToList();
        note = string.Create(CultureInfo.InvariantCulture, $"The {worst.Count} of {ChartNumbers.Count(codes.Count)} areas ranked worst on {d.Id} in {last}; name others with ChartOptions.Highlight.");
        return worst;
    }
}
