using Analysis.Interactive.Tests.Support;

namespace Analysis.Interactive.Tests.Charts;

/// <summary>Every kind of chart drawn from the built-in sample run through the repository's indicators.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleChartTests(SampleResults sample)
{
    [Fact]
    public void Funnel_lines_pass_through_every_practice_s_own_limits_from_the_engine()
    {
        var slice = IndicatorSlice.Of(sample.Practices, "WF01", null);
        var curve = FunnelLines.Engine(slice)!;
        var checkedPoints = 0;
        foreach (var v in slice.Values.Where(v => v.FunnelUpper95 is not null))
        {
            var limits = curve.LimitsAt(slice.Size(v)!.Value);
            Assert.Equal(v.FunnelUpper95!.Value, limits.Upper95, 1e-9 * v.FunnelUpper95.Value);
            Assert.Equal(v.FunnelLower998!.Value, limits.Lower998, 1e-9 * v.FunnelUpper95.Value);
            checkedPoints++;
        }

        Assert.True(checkedPoints > 5000, $"{checkedPoints} practices had limits");
    }

    [Fact]
    public void Funnel_of_practices_shows_every_practice_with_a_value_once()
    {
        var slice = IndicatorSlice.Of(sample.Practices, "WF01", null);
        var figure = new FigureJson(Interactive.Charts.Funnel(sample.Practices, "WF01").Json());
        var groups = figure.Traces.Where(t => t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal)).ToList();

        Assert.Equal(slice.Values.Count(v => v.Value is not null && v.Denominator > 0), groups.Sum(t => FigureJson.Numbers(t, "x").Count));
        Assert.StartsWith("England ", figure.Names[0], StringComparison.Ordinal);
        Assert.Equal("Denominator: weighted patients", figure.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        var labels = groups.Where(t => t.TryGetProperty("text", out _)).SelectMany(t => FigureJson.Strings(t, "text")).Where(l => l.Length > 0).ToList();
        var outliers = slice.Values.Where(v => v.Funnel is FunnelSignal.VeryHigh or FunnelSignal.VeryLow).Select(v => v.AreaCode).ToHashSet();
        Assert.Equal(Math.Min(12, outliers.Count), labels.Count);
        Assert.All(labels, l => Assert.Contains(l, outliers));
    }

    [Fact]
    public void Caterpillar_of_icbs_names_each_icb_on_the_axis_in_rank_order()
    {
        var values = IndicatorSlice.Of(sample.Icbs, "WF01", null).Values.Where(v => v.Value is not null).OrderBy(v => v.Value).ToList();
        var figure = new FigureJson(Interactive.Charts.Caterpillar(sample.Icbs, "WF01").Json());
        var ticks = FigureJson.Strings(figure.Layout.GetProperty("xaxis"), "ticktext");

        Assert.Equal(values.Select(v => v.AreaName), ticks.Select(t => "NHS " + t + " ICB"));
        Assert.StartsWith("England ", figure.Names[0], StringComparison.Ordinal);
        Assert.Equal(values.Count, figure.Traces.Skip(1).Sum(t => FigureJson.Numbers(t, "y").Count));
    }

    [Fact]
    public void Deprivation_gradient_draws_ten_deciles_and_the_engine_s_sii_line()
    {
        var inequality = sample.Wf01Inequality;
        var figure = new FigureJson(Interactive.Charts.DeprivationGradient(sample.Deciles, "WF01", inequality).Json());
        var line = figure.TracesStartingWith("Slope index of inequality").Single();

        Assert.Equal(10, FigureJson.Numbers(figure.Trace("IMD decile value"), "y").Count);
        Assert.Equal([0.0, 1.0], FigureJson.Numbers(line, "x"));
        Assert.Equal(inequality.Intercept!.Value, FigureJson.Numbers(line, "y")[0]!.Value, 9);
        Assert.Equal(inequality.Intercept!.Value + inequality.Sii!.Value, FigureJson.Numbers(line, "y")[1]!.Value, 9);
        Assert.Contains("RII ", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Deprivation_gradient_without_the_engine_s_result_fits_the_same_line()
    {
        var inequality = sample.Wf01Inequality;
        var figure = new FigureJson(Interactive.Charts.DeprivationGradient(sample.Deciles, "WF01").Json());
        var line = figure.TracesStartingWith("Slope index of inequality").Single();

        Assert.Equal(inequality.Intercept!.Value + inequality.Sii!.Value, FigureJson.Numbers(line, "y")[1]!.Value, 9);
    }

    [Fact]
    public void Time_series_of_icbs_draws_england_and_the_eight_worst_icbs_through_every_month()
    {
        var figure = new FigureJson(Interactive.Charts.TimeSeries(sample.IcbSeries, "WF01").Json());
        var months = sample.IcbSeries.Values.Where(v => v.IndicatorId == "WF01").Select(v => v.Period).Distinct().Count();

        Assert.Equal("England", figure.Names[0]);
        Assert.Equal(months, FigureJson.Strings(figure.Traces[0], "x").Count);
        Assert.Equal(9, figure.Traces.Count);
        Assert.Contains("The 8 of 42 areas ranked worst on WF01", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Scatter_pairs_each_icb_s_two_values_and_reports_the_correlation()
    {
        var figure = new FigureJson(Interactive.Charts.Scatter(sample.Icbs, "CTX02", "WF01").Json());
        var points = figure.Traces[0];

        Assert.Equal(FigureJson.Numbers(points, "x").Count, FigureJson.Numbers(points, "y").Count);
        Assert.True(FigureJson.Numbers(points, "x").Count >= 40);
        Assert.Equal("Least-squares line", figure.Names[1]);
        Assert.Contains("Pearson's r = ", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Distribution_by_icb_has_one_box_per_icb_holding_every_practice()
    {
        var slice = IndicatorSlice.Of(sample.Practices, "WF01", null);
        var figure = new FigureJson(Interactive.Charts.Distribution(sample.Practices, "WF01", sample.Panel).Json());
        var boxes = figure.Traces.Where(t => t.GetProperty("type").GetString() == "box").ToList();

        Assert.Equal(42, boxes.Count);
        Assert.Equal(slice.Values.Count(v => v.Value is not null), boxes.Sum(b => FigureJson.Numbers(b, "y").Count));
        Assert.Equal("violin", new FigureJson(Interactive.Charts.Distribution(sample.Practices, "WF01", sample.Panel, new ChartOptions { Violin = true }).Json()).Traces[1].GetProperty("type").GetString());
    }

    [Fact]
    public void Histogram_of_practices_counts_every_practice_with_a_value()
    {
        var slice = IndicatorSlice.Of(sample.Practices, "WF01", null);
        var figure = new FigureJson(Interactive.Charts.Histogram(sample.Practices, "WF01").Json());

        Assert.Equal(slice.Values.Count(v => v.Value is not null), FigureJson.Numbers(figure.Traces[0], "y").Sum());
        Assert.Equal(40, FigureJson.Numbers(figure.Traces[0], "y").Count);
    }

    [Fact]
    public void Correlations_of_the_library_at_icb_level_find_the_two_gp_supply_measures_alike()
    {
        var matrix = CorrelationMatrix.Of(sample.Icbs);

        Assert.Equal(sample.Icbs.Indicators.Count, matrix.Ids.Count);
        Assert.Equal(1.0, matrix.Between("WF01", "WF01")!.Value, 12);
        Assert.True(matrix.Between("WF01", "WF02") > 0.5, $"r = {matrix.Between("WF01", "WF02")}");
        Assert.Equal(matrix.Between("WF01", "CTX02"), matrix.Between("CTX02", "WF01"));
    }
}
