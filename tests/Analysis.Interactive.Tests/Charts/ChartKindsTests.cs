using Analysis.Data.Periods;
using Analysis.Interactive.Tests.Support;

namespace Analysis.Interactive.Tests.Charts;

/// <summary>The caterpillar, gradient, time series and scatter on small hand-written results, with their numbers pinned.</summary>
public sealed class ChartKindsTests
{
    [Fact]
    public void Caterpillar_ranks_lowest_first_with_asymmetric_intervals_grouped_by_comparison()
    {
        var figure = new FigureJson(Interactive.Charts.Caterpillar(Results.FourPractices(), "PC01").Json());

        Assert.Equal(["England 10.00", "Better than England: 1", "Similar to England: 2", "Worse than England: 1"], figure.Names);
        Assert.Equal([0.5, 4.5], FigureJson.Numbers(figure.Traces[0], "x"));
        var better = figure.Trace("Better than England: 1");
        Assert.Equal([4.0], FigureJson.Numbers(better, "x"));
        Assert.Equal(["Bank House &lt;/script&gt; Surgery", "The Densham Surgery", "Queens Park Medical Centre", "Victoria Medical Practice"],
            FigureJson.Strings(figure.Layout.GetProperty("xaxis"), "ticktext"));

        // Wilson 80/400: (163.8415 ∓ 31.5938) / 807.6829 = 16.374% to 24.197%, so the bar reaches 4.197 above and 3.626 below 20%.
        Assert.Equal(4.197, FigureJson.Numbers(better.GetProperty("error_y"), "array")[0]!.Value, 3);
        Assert.Equal(3.626, FigureJson.Numbers(better.GetProperty("error_y"), "arrayminus")[0]!.Value, 3);
        Assert.Equal("triangle-up", better.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("triangle-down", figure.Trace("Worse than England: 1").GetProperty("marker").GetProperty("symbol").GetString());
    }

    [Fact]
    public void A_caterpillar_of_icbs_labels_them_without_nhs_and_icb_grows_by_the_longest_label_and_hovers_the_full_name()
    {
        var d = Results.Percentage;
        var icbs = Results.Of(Level.Icb, [d],
        [
            Results.Value(d, "QKS", "NHS Kent and Medway ICB", 12, 1000, level: Level.Icb),
            Results.Value(d, "QOX", "NHS Bath and North East Somerset, Swindon and Wiltshire ICB", 14, 1000, level: Level.Icb),
            Results.Value(d, "Q99", string.Empty, 16, 1000, level: Level.Icb),
        ]);

        var figure = new FigureJson(Interactive.Charts.Caterpillar(icbs, "PC01").Json());

        Assert.Equal(["Kent and Medway", "Bath and North East Somerset, Swindon and Wiltshire", "Q99"], FigureJson.Strings(figure.Layout.GetProperty("xaxis"), "ticktext"));
        // 51 characters at 6 px each, added to the 480 px asked for.
        Assert.Equal(480 + 306, figure.Layout.GetProperty("height").GetInt32());
        var hovers = figure.Traces.Where(t => t.TryGetProperty("hovertext", out _)).SelectMany(t => FigureJson.Strings(t, "hovertext"));
        Assert.Contains(hovers, h => h.StartsWith("QKS NHS Kent and Medway ICB<br>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caterpillar_with_named_areas_puts_its_legend_beside_the_plot_and_a_funnel_keeps_it_below()
    {
        // The rotated area names hang below the axis, where a legend under the plot would overlap them.
        var caterpillar = new FigureJson(Interactive.Charts.Caterpillar(Results.FourPractices(), "PC01").Json()).Layout.GetProperty("legend");
        var funnel = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01").Json()).Layout.GetProperty("legend");

        Assert.Equal(("v", 1.02, "left"), (caterpillar.GetProperty("orientation").GetString(), caterpillar.GetProperty("x").GetDouble(), caterpillar.GetProperty("xanchor").GetString()));
        Assert.Equal(("h", -0.2, "top"), (funnel.GetProperty("orientation").GetString(), funnel.GetProperty("y").GetDouble(), funnel.GetProperty("yanchor").GetString()));
    }

    [Fact]
    public void Gradient_places_deciles_at_their_relative_rank_and_fits_the_sii_line()
    {
        // Equal denominators put decile i at rank (i − 0.5)/10; values 4 + 2·rank lie on a line, so SII = 2 and the intercept 4.
        var d = Results.Rate;
        var deciles = Enumerable.Range(1, 10)
            .Select(i => Results.Value(d, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Decile", 4 + (2 * ((i - 0.5) / 10)), 1000, level: Level.DeprivationDecile))
            .ToList();
        var figure = new FigureJson(Interactive.Charts.DeprivationGradient(Results.Of(Level.DeprivationDecile, [d], deciles), "RT01").Json());

        Assert.Equal([0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95], FigureJson.Numbers(figure.Trace("IMD decile value"), "x"));
        var line = figure.Trace("Slope index of inequality 2.00");
        Assert.Equal(4.0, FigureJson.Numbers(line, "y")[0]!.Value, 9);
        Assert.Equal(6.0, FigureJson.Numbers(line, "y")[1]!.Value, 9);
        Assert.Contains("SII 2.00; RII 1.500", figure.Title, StringComparison.Ordinal);
        Assert.Equal("1<br>(least deprived)", FigureJson.Strings(figure.Layout.GetProperty("xaxis"), "ticktext")[0]);
    }

    [Fact]
    public void Gradient_refuses_results_at_another_level()
    {
        var error = Assert.Throws<ArgumentException>(() => Interactive.Charts.DeprivationGradient(Results.FourPractices(), "PC01"));

        Assert.StartsWith("a deprivation gradient needs results at the deprivation decile or quintile level; these are at the Practice level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradient_with_a_decile_missing_draws_no_line_and_says_why()
    {
        var d = Results.Rate;
        var deciles = Enumerable.Range(1, 9).Select(i => Results.Value(d, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Decile", i, 1000, level: Level.DeprivationDecile));
        var figure = new FigureJson(Interactive.Charts.DeprivationGradient(Results.Of(Level.DeprivationDecile, [d], deciles), "RT01").Json());

        Assert.Empty(figure.TracesStartingWith("Slope index"));
        Assert.Contains("No slope index: it needs a value in all 10 deciles.", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_series_has_a_line_per_area_on_a_date_axis_and_england_dashed()
    {
        var d = Results.Rate;
        var months = new[] { new Month(2023, 1), new Month(2023, 2), new Month(2023, 3) };
        var values = months.SelectMany((m, k) => new[]
        {
            Results.Value(d, "QHM", "North East and North Cumbria", 6 + k, 1000, m, Level.Icb) with { England = 7.0 },
            Results.Value(d, "QOP", "Greater Manchester", 5 - k, 1000, m, Level.Icb) with { England = 7.0 },
        });
        var figure = new FigureJson(Interactive.Charts.TimeSeries(Results.Of(Level.Icb, [d], values), "RT01").Json());

        Assert.Equal(["England", "QHM North East and North Cumbria", "QOP Greater Manchester"], figure.Names);
        Assert.Equal(["2023-01-01", "2023-02-01", "2023-03-01"], FigureJson.Strings(figure.Traces[1], "x"));
        Assert.Equal([5.0, 4.0, 3.0], FigureJson.Numbers(figure.Traces[2], "y"));
        Assert.Equal("dash", figure.Traces[0].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("date", figure.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("RT01 GPs per 10,000 weighted patients (2023-01 to 2023-03)", figure.Title);
    }

    [Fact]
    public void Scatter_fits_the_least_squares_line_and_reports_pearsons_r()
    {
        // y = 2x + 1 exactly: r = 1 and the line runs from (1, 3) to (4, 9).
        var x = Results.Rate;
        var y = Results.Percentage;
        var values = new[] { 1.0, 2.0, 3.0, 4.0 }.SelectMany((v, i) => new[]
        {
            Results.Value(x, "P" + i, "Practice " + i, v, 1000),
            Results.Value(y, "P" + i, "Practice " + i, (2 * v) + 1, 1000),
        });
        var figure = new FigureJson(Interactive.Charts.Scatter(Results.Of(Level.Practice, [x, y], values), "RT01", "PC01").Json());

        Assert.Equal(["Practices: 4", "Least-squares line"], figure.Names);
        Assert.Equal([1.0, 4.0], FigureJson.Numbers(figure.Traces[1], "x"));
        Assert.Equal([3.0, 9.0], FigureJson.Numbers(figure.Traces[1], "y"));
        Assert.Contains("Pearson's r = 1.000 over 4 areas; slope 2.00.", figure.Title, StringComparison.Ordinal);
        Assert.Equal("RT01 GPs per 10,000 weighted patients (FTE per 10,000 weighted patients)", figure.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("P0 Practice 0<br>RT01: 1.00 FTE per 10,000 weighted patients<br>PC01: 3.00%", FigureJson.Strings(figure.Traces[0], "hovertext")[0]);
    }

    [Fact]
    public void Histogram_counts_values_into_equal_bins_with_england_marked()
    {
        // Four values from 5 to 20 make 5 bins of width 3 ([5, 8), [8, 11), [11, 14), [14, 17), [17, 20]): 5 | 10 | 11.25 | none | 20.
        var figure = new FigureJson(Interactive.Charts.Histogram(Results.FourPractices(), "PC01").Json());
        var bars = figure.Trace("Practices: 4");

        Assert.Equal([6.5, 9.5, 12.5, 15.5, 18.5], FigureJson.Numbers(bars, "x"));
        Assert.Equal([1.0, 1.0, 1.0, 0.0, 1.0], FigureJson.Numbers(bars, "y"));
        Assert.Equal([10.0, 10.0], FigureJson.Numbers(figure.Trace("England 10.00"), "x"));
        Assert.Contains("4 of 4 practices have a value; median 10.63, middle half 8.75 to 13.44.", figure.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlations_pair_indicators_over_the_areas_that_have_both()
    {
        // y = 2x + 1 on three areas (r = 1); z = 9, 4, 3 falls as x rises but not on a line: Sxz = -6, Sxx = 2,
        // Szz = 62/3, so Pearson's r = -6 / sqrt(124/3) = -0.93326 while Spearman's is -1.
        var (x, y, z) = (Results.Rate, Results.Percentage, Results.Rate with { Id = "RT02" });
        var values = new[] { 1.0, 2.0, 3.0 }.SelectMany((v, i) => new[]
        {
            Results.Value(x, "P" + i, "Practice " + i, v, 1000),
            Results.Value(y, "P" + i, "Practice " + i, (2 * v) + 1, 1000),
            Results.Value(z, "P" + i, "Practice " + i, new[] { 9.0, 4.0, 3.0 }[i], 1000),
        }).Append(Results.Value(y, "P9", "Only y", 5, 1000));
        var results = Results.Of(Level.Practice, [x, y, z], values);

        var pearson = CorrelationMatrix.Of(results);
        var spearman = CorrelationMatrix.Of(results, ranks: true);

        Assert.Equal(1.0, pearson.Between("RT01", "PC01")!.Value, 12);
        Assert.Equal(3, pearson.Areas[0][1]);
        Assert.Equal(4, pearson.Areas[1][1]);
        Assert.Equal(-6 / Math.Sqrt(124.0 / 3), pearson.Between("RT01", "RT02")!.Value, 12);
        Assert.Equal(-1.0, spearman.Between("RT01", "RT02")!.Value, 12);
        var figure = new FigureJson(Interactive.Charts.Correlations(results).Json());
        Assert.Equal(["1.00", "1.00", "-0.93"], figure.Traces[0].GetProperty("text")[0].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("heatmap", figure.Traces[0].GetProperty("type").GetString());
    }
}
