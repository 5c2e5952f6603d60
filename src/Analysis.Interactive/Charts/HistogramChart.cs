using System.Globalization;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>The distribution of one indicator's values across areas (usually practices) in a month, with England's value (or the target) marked.</summary>
internal static class HistogramChart
{
    private const int Bins = 40;

    public static GenericChart Build(IndicatorResults results, string indicatorId, ChartOptions options)
    {
        var slice = IndicatorSlice.Of(results, indicatorId, options.Period);
        var d = slice.Definition;
        var values = slice.Values.Where(v => v.Value is not null).Select(v => v.Value!.Value).ToList();
        var figure = new Figure(IndicatorText.Title(d, slice.Period), IndicatorText.ValueAxis(d), LevelText.Plural(results.Level), options);
        if (values.Count == 0)
        {
            figure.Note($"No values for {d.Id}{(slice.Period is { } p ? " in " + p : string.Empty)}.");
            return figure.Build();
        }

        var sorted = values.Order().ToArray();
        figure.Note(string.Create(CultureInfo.InvariantCulture,
            $"{values.Count:#,0} of {slice.Values.Count:#,0} {LevelText.Plural(results.Level).ToLowerInvariant()} have a value; median {ChartNumbers.Text(Quantile(sorted, 0.5))}, middle half {ChartNumbers.Text(Quantile(sorted, 0.25))} to {ChartNumbers.Text(Quantile(sorted, 0.75))}."));
        // Binned here rather than by plotly.js, so the counts are in the figure (and its JSON) exactly.
        var (low, width, counts) = Bin(sorted);
        var bars = figure.Add("bar", string.Create(CultureInfo.InvariantCulture, $"{LevelText.Plural(results.Level)}: {values.Count:#,0}"));
        bars.SetProperty("x", ChartNumbers.Round(counts.Select((_, i) => low + ((i + 0.5) * width))));
        bars.SetProperty("y", counts);
        bars.SetProperty("width", ChartNumbers.Round(width));
        bars.SetProperty("hovertext", counts.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
            $"{ChartNumbers.Text(low + (i * width))} to {ChartNumbers.Text(low + ((i + 1) * width))}: {c:#,0}")).ToArray());
        bars.SetProperty("hoverinfo", "text");
        bars.SetProperty("marker", new Dictionary<string, object> { ["color"] = Palette.Series, ["line"] = new Dictionary<string, object> { ["color"] = "#ffffff", ["width"] = 0.5 } });
        if (slice.Benchmark is { } benchmark)
        {
            figure.Line($"{slice.BenchmarkName} {ChartNumbers.Text(benchmark)}", [benchmark, benchmark], [0, counts.Max() * 1.05], Palette.Benchmark, "dash", 2);
        }

        figure.YAxis["rangemode"] = "tozero";
        return figure.Build();
    }

    /// <summary>Equal-width bins from the smallest to the largest value, the largest value in the last bin.</summary>
    private static (double Low, double Width, int[] Counts) Bin(double[] sorted)
    {
        var (low, high) = (sorted[0], sorted[^1]);
        var bins = high > low ? Math.Min(Bins, Math.Max(5, (int)Math.Ceiling(Math.Sqrt(sorted.Length)))) : 1;
        var width = high > low ? (high - low) / bins : Math.Max(Math.Abs(low) * 0.1, 1);
        var counts = new int[bins];
        foreach (var v in sorted)
        {
            counts[Math.Min(bins - 1, (int)((v - low) / width))]++;
        }

        return (high > low ? low : low - (width / 2), width, counts);
    }

    /// <summary>R's type-7 quantile of sorted values (linear between order statistics).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }
}
