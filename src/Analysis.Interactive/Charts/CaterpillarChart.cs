using System.Globalization;
using Analysis.Statistics;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A caterpillar plot: areas ranked by value from lowest to highest, each with its confidence interval, against
/// the England line (the target for a shortfall); points are grouped by how they compare with England, shaped up
/// or down when significantly higher or lower.
/// </summary>
internal static class CaterpillarChart
{
    private const int NamedTicks = 60;

    private static readonly BenchmarkOutcome[][] Groups =
    [
        [BenchmarkOutcome.Better, BenchmarkOutcome.Best],
        [BenchmarkOutcome.Similar],
        [BenchmarkOutcome.Worse, BenchmarkOutcome.Worst],
        [BenchmarkOutcome.Higher, BenchmarkOutcome.MuchHigher],
        [BenchmarkOutcome.Lower, BenchmarkOutcome.MuchLower],
        [BenchmarkOutcome.NotCompared],
    ];

    public static GenericChart Build(IndicatorResults results, string indicatorId, ChartOptions options)
    {
        var slice = IndicatorSlice.Of(results, indicatorId, options.Period);
        var d = slice.Definition;
        var ranked = slice.Values.Where(v => v.Value is not null)
            .OrderBy(v => v.Value).ThenBy(v => v.AreaCode, StringComparer.Ordinal)
            .ToList();
        var figure = new Figure(IndicatorText.Title(d, slice.Period), $"{LevelText.Plural(results.Level)} ranked by value (lowest first)", IndicatorText.ValueAxis(d), options);
        if (ranked.Count < slice.Values.Count)
        {
            figure.Note(string.Create(CultureInfo.InvariantCulture, $"{ChartNumbers.Count(slice.Values.Count - ranked.Count)} of {ChartNumbers.Count(slice.Values.Count)} areas have no value and are not shown."));
        }

        if (ranked.Count == 0)
        {
            figure.Note($"No values for {d.Id}{(slice.Period is { } p ? " in " + p : string.Empty)}.");
            return figure.Build();
        }

        var position = ranked.Select((v, i) => (v.AreaCode, i + 1)).ToDictionary(p => p.AreaCode, p => p.Item2, StringComparer.Ordinal);
        if (slice.Benchmark is { } benchmark)
        {
            figure.Line($"{slice.BenchmarkName} {ChartNumbers.Text(benchmark)}", [0.5, ranked.Count + 0.5], [benchmark, benchmark], Palette.Benchmark, "dash");
        }

        foreach (var outcomes in Groups)
        {
            var group = ranked.Where(v => outcomes.Contains(v.Comparison)).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            var outcome = outcomes[0];
            var name = outcome == BenchmarkOutcome.NotCompared
                ? $"Not compared with {slice.BenchmarkName}: {group.Count}"
                : $"{Capitalise(Palette.Outcome(outcome))} {slice.BenchmarkName}: {group.Count}";
            var trace = figure.Add("scatter", name);
            trace.SetProperty("x", group.Select(v => position[v.AreaCode]).ToArray());
            trace.SetProperty("y", ChartNumbers.Round(group.Select(v => v.Value)));
            trace.SetProperty("mode", "markers");
            trace.SetProperty("error_y", new Dictionary<string, object>
            {
                ["type"] = "data",
                ["symmetric"] = false,
                ["array"] = ChartNumbers.Round(group.Select(v => v.Upper - v.Value)),
                ["arrayminus"] = ChartNumbers.Round(group.Select(v => v.Value - v.Lower)),
                ["color"] = Palette.For(outcome),
                ["thickness"] = 1,
                ["width"] = ranked.Count > 200 ? 0 : 2,
            });
            trace.SetProperty("hovertext", group.Select(v => Hover(slice, v, position[v.AreaCode], ranked.Count)).ToArray());
            trace.SetProperty("hoverinfo", "text");
            var higher = outcome is BenchmarkOutcome.Similar or BenchmarkOutcome.NotCompared ? (bool?)null
                : outcome is BenchmarkOutcome.Higher or BenchmarkOutcome.MuchHigher || (outcome is BenchmarkOutcome.Better or BenchmarkOutcome.Best) == (slice.HigherIsBetter ?? true);
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["color"] = Palette.For(outcome),
                ["symbol"] = Palette.Symbol(higher) + (outcome == BenchmarkOutcome.NotCompared ? "-open" : string.Empty),
                ["size"] = ranked.Count > 1000 ? 4 : 7,
            });
        }

        if (ranked.Count <= NamedTicks)
        {
            figure.XAxis["tickmode"] = "array";
            figure.XAxis["tickvals"] = Enumerable.Range(1, ranked.Count).ToArray();
            var labels = ranked.Select(v => Figure.Escape(TickLabel.Of(v.AreaName, v.AreaCode))).ToArray();
            figure.XAxis["ticktext"] = labels;
            figure.RotateTickLabels(labels);
        }

        Highlights.Add(figure, ranked, options, v => position[v.AreaCode], v => Hover(slice, v, position[v.AreaCode], ranked.Count));
        figure.XAxis["range"] = new[] { 0.5, ranked.Count + 0.5 };
        return figure.Build();
    }

    private static string Hover(IndicatorSlice slice, IndicatorValue v, int position, int count) =>
        $"{Figure.Escape(IndicatorSlice.AreaLabel(v))}<br>{IndicatorText.WithUnit(slice.Definition, v.Value)}{IndicatorText.Interval(v, slice.Results.Options)}"
        + $"<br>{position} of {count} (lowest first); {Palette.Outcome(v.Comparison)} {slice.BenchmarkName}";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
