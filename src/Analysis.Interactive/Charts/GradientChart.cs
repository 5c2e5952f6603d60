using System.Globalization;
using Analysis.Statistics;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// A deprivation gradient: the value in each national deprivation decile (or quintile) with its interval, placed at
/// the decile's relative rank (the middle of its share of the population, as the slope index is fitted), and the
/// fitted SII line from the least deprived end (0) to the most deprived (1).
/// </summary>
internal static class GradientChart
{
    public static GenericChart Build(IndicatorResults deciles, string indicatorId, InequalityResult? inequality, ChartOptions options)
    {
        if (deciles.Level is not (Level.DeprivationDecile or Level.DeprivationQuintile))
        {
            throw new ArgumentException($"a deprivation gradient needs results at the deprivation decile or quintile level; these are at the {deciles.Level} level", nameof(deciles));
        }

        var slice = IndicatorSlice.Of(deciles, indicatorId, options.Period ?? inequality?.Period);
        var d = slice.Definition;
        var groups = slice.Values.Where(v => v.Value is not null && Weight(d, v) > 0)
            .OrderBy(v => int.Parse(v.AreaCode, CultureInfo.InvariantCulture))
            .ToList();
        var figure = new Figure(IndicatorText.Title(d, slice.Period), "Relative deprivation rank: 0 least deprived, 1 most deprived", IndicatorText.ValueAxis(d), options);
        if (groups.Count == 0)
        {
            figure.Note($"No values for {d.Id}{(slice.Period is { } p ? " in " + p : string.Empty)}.");
            return figure.Build();
        }

        var ranks = Inequality.RelativeRanks([.. groups.Select(v => Weight(d, v))]);
        var quantile = deciles.Level == Level.DeprivationDecile ? "decile" : "quintile";
        var last = deciles.Level == Level.DeprivationDecile ? 10 : 5;
        if (slice.Benchmark is { } benchmark)
        {
            figure.Line($"{slice.BenchmarkName} {ChartNumbers.Text(benchmark)}", [0.0, 1.0], [benchmark, benchmark], Palette.Benchmark, "dash", 1);
        }

        var points = figure.Add("scatter", $"IMD {quantile} value");
        points.SetProperty("x", ChartNumbers.Round(ranks));
        points.SetProperty("y", ChartNumbers.Round(groups.Select(v => v.Value)));
        points.SetProperty("mode", "markers");
        points.SetProperty("error_y", new Dictionary<string, object>
        {
            ["type"] = "data",
            ["symmetric"] = false,
            ["array"] = ChartNumbers.Round(groups.Select(v => v.Upper - v.Value)),
            ["arrayminus"] = ChartNumbers.Round(groups.Select(v => v.Value - v.Lower)),
            ["color"] = Palette.Series,
            ["thickness"] = 1.5,
        });
        points.SetProperty("hovertext", groups.Select(v =>
            $"IMD {quantile} {v.AreaCode}{Extreme(v.AreaCode, last)}<br>{IndicatorText.WithUnit(d, v.Value)}{IndicatorText.Interval(v, deciles.Options)}<br>{v.Practices:#,0} practice-months").ToArray());
        points.SetProperty("hoverinfo", "text");
        points.SetProperty("marker", new Dictionary<string, object> { ["color"] = Palette.Series, ["size"] = 9, ["symbol"] = "circle" });

        var fit = inequality ?? Fit(d, slice.Period, groups, last);
        if (fit is { Sii: { } sii, Intercept: { } intercept })
        {
            var line = figure.Line($"Slope index of inequality {ChartNumbers.Text(sii)}", [0.0, 1.0], [intercept, intercept + sii], Palette.Worse, "solid", 2);
            line.SetProperty("hoverinfo", "name");
            var interval = fit.SiiLower is { } lo && fit.SiiUpper is { } hi ? $" ({IndicatorText.Ci(deciles.Options)} {ChartNumbers.Text(lo)} to {ChartNumbers.Text(hi)})" : string.Empty;
            var relative = fit.Rii is { } rii ? $"; RII {rii.ToString("0.000", CultureInfo.InvariantCulture)}" : string.Empty;
            figure.Note($"SII {ChartNumbers.Text(sii)}{interval}{relative}: the fitted gap from the least to the most deprived end (positive: higher where more deprived).");
        }
        else
        {
            figure.Note($"No slope index: it needs a value in all {last} {quantile}s.");
        }

        figure.XAxis["range"] = new[] { -0.02, 1.02 };
        figure.XAxis["tickmode"] = "array";
        figure.XAxis["tickvals"] = ChartNumbers.Round(ranks);
        figure.XAxis["ticktext"] = groups.Select(v => v.AreaCode + Extreme(v.AreaCode, last).Replace(" (", "<br>(", StringComparison.Ordinal)).ToArray();
        return figure.Build();
    }

    /// <summary>The engine's weights: each group's denominator (expected count for ratios), or its practices for a mean.</summary>
    private static double Weight(IndicatorDefinition d, IndicatorValue v) =>
        d.ValueType == IndicatorValueType.Mean ? v.Practices : v.Denominator ?? v.Expected ?? 0;

    private static string Extreme(string code, int last) => code == "1" ? " (least deprived)" : code == last.ToString(CultureInfo.InvariantCulture) ? " (most deprived)" : string.Empty;

    /// <summary>The point estimate as the engine makes it (proportions fitted as fractions), when every group has a value.</summary>
    private static InequalityResult? Fit(IndicatorDefinition d, Analysis.Data.Periods.Month? period, IReadOnlyList<IndicatorValue> groups, int expected)
    {
        if (groups.Count != expected || period is not { } month)
        {
            return null;
        }

        var scale = d.ValueType == IndicatorValueType.Proportion ? d.Multiplier : 1.0;
        var type = d.ValueType == IndicatorValueType.Proportion ? InequalityValueType.Proportion
            : d.ValueType is IndicatorValueType.Rate or IndicatorValueType.IndirectlyStandardisedRatio ? InequalityValueType.Rate
            : InequalityValueType.Normal;
        var index = Inequality.Slope([.. groups.Select(v => Weight(d, v))], [.. groups.Select(v => v.Value!.Value / scale)], scale, type);
        return new InequalityResult
        {
            IndicatorId = d.Id,
            Period = month,
            Groups = groups.Count,
            Sii = double.IsFinite(index.Sii) ? index.Sii : null,
            Rii = double.IsFinite(index.Rii) ? index.Rii : null,
            Intercept = double.IsFinite(index.Intercept) ? index.Intercept * scale : null,
        };
    }
}
