using System.Globalization;
using Analysis.Interactive.Tests.Support;

namespace Analysis.Interactive.Tests.Charts;

public sealed class FunnelChartTests
{
    [Fact]
    public void Draws_the_England_line_both_limit_pairs_and_one_trace_per_funnel_group()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01").Json());

        Assert.Equal(
            ["England 10.00", "95% limits", "95% limits", "99.8% limits", "99.8% limits", "Inside 95% limits: 2", "Above 99.8% limit (better): 1", "Below 95% limit (worse): 1"],
            figure.Names);
        Assert.Equal([10.0, 10.0], FigureJson.Numbers(figure.Traces[0], "y"));
        Assert.Equal("PC01 Share of patients seen (2023-03)", figure.Title);
        Assert.Equal("Denominator", figure.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Per cent (%)", figure.Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Limit_lines_run_from_the_smallest_to_the_largest_area_at_PHE_proportion_limits()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01").Json());
        var upper95 = figure.Traces[1];
        var lower95 = figure.Traces[2];
        var upper998 = figure.Traces[3];
        var lower998 = figure.Traces[4];

        // 10% ± z·sqrt(0.1 × 0.9 / n) × 100, at n = 100 and n = 400, by hand.
        var x = FigureJson.Numbers(upper95, "x");
        Assert.Equal(100, x[0]);
        Assert.Equal(400, x[^1]);
        Assert.Equal(15.879892, FigureJson.Numbers(upper95, "y")[0]!.Value, 5);
        Assert.Equal(4.120108, FigureJson.Numbers(lower95, "y")[0]!.Value, 5);
        Assert.Equal(12.939946, FigureJson.Numbers(upper95, "y")[^1]!.Value, 5);
        Assert.Equal(7.060054, FigureJson.Numbers(lower95, "y")[^1]!.Value, 5);
        Assert.Equal(19.270697, FigureJson.Numbers(upper998, "y")[0]!.Value, 5);
        Assert.Equal(5.364652, FigureJson.Numbers(lower998, "y")[^1]!.Value, 5);
        Assert.False(lower95.TryGetProperty("showlegend", out var shown) && shown.GetBoolean());
    }

    [Fact]
    public void Points_carry_their_size_value_and_a_hover_naming_the_practice()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01").Json());
        var inside = figure.Trace("Inside 95% limits: 2");
        var above = figure.Trace("Above 99.8% limit (better): 1");

        Assert.Equal([100.0, 400.0], FigureJson.Numbers(inside, "x"));
        Assert.Equal([10.0, 11.25], FigureJson.Numbers(inside, "y"));
        Assert.Equal([20.0], FigureJson.Numbers(above, "y"));
        Assert.Equal("A81003 Victoria Medical Practice<br>20.00% (95% CI 16.37 to 24.20)<br>Denominator: 400<br>Above 99.8% limit (better)", FigureJson.Strings(above, "hovertext")[0]);
        Assert.Equal("triangle-up", above.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("triangle-down-open", figure.Trace("Below 95% limit (worse): 1").GetProperty("marker").GetProperty("symbol").GetString());
    }

    [Fact]
    public void Outliers_beyond_the_998_limits_are_labelled_with_their_code_and_highlighted_areas_too()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01", new ChartOptions { Highlight = ["A81001"] }).Json());

        Assert.Equal(["A81003"], FigureJson.Strings(figure.Trace("Above 99.8% limit (better): 1"), "text"));
        Assert.Equal(["A81001", ""], FigureJson.Strings(figure.Trace("Inside 95% limits: 2"), "text"));
        Assert.False(figure.Trace("Below 95% limit (worse): 1").TryGetProperty("text", out _));
    }

    [Fact]
    public void A_highlighted_practice_is_drawn_again_as_a_star_named_in_the_legend()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01", new ChartOptions { Highlight = ["A81002"] }).Json());
        var star = figure.Traces[^1];

        Assert.Equal("A81002 Queens Park Medical Centre", star.GetProperty("name").GetString());
        Assert.Equal([400.0], FigureJson.Numbers(star, "x"));
        Assert.Equal([11.25], FigureJson.Numbers(star, "y"));
        Assert.Equal("star", star.GetProperty("marker").GetProperty("symbol").GetString());
    }

    [Fact]
    public void Overdispersion_adds_adjusted_limits_named_with_phi()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01", new ChartOptions { Overdispersion = true }).Json());

        var adjusted = figure.TracesStartingWith("95% limits, overdispersion-adjusted (φ = ");
        Assert.Equal(2, adjusted.Count);
        Assert.Single(figure.TracesStartingWith("99.8% limits, overdispersion-adjusted"), t => !t.TryGetProperty("showlegend", out _));
    }

    [Fact]
    public void The_same_results_give_the_same_bytes_in_any_culture()
    {
        var results = Results.FourPractices();
        var first = Interactive.Charts.Funnel(results, "PC01").Json();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(first, Interactive.Charts.Funnel(results, "PC01").Json());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_month_without_values_gives_an_empty_chart_that_says_so()
    {
        var figure = new FigureJson(Interactive.Charts.Funnel(Results.FourPractices(), "PC01", new ChartOptions { Period = new(2020, 1) }).Json());

        Assert.Contains("No values for PC01 in 2020-01.", figure.Title, StringComparison.Ordinal);
        Assert.Empty(FigureJson.Numbers(figure.Traces.Single(), "x"));
    }

    [Fact]
    public void An_unknown_indicator_is_named_with_those_the_results_hold()
    {
        var error = Assert.Throws<ArgumentException>(() => Interactive.Charts.Funnel(Results.FourPractices(), "WF99"));

        Assert.StartsWith("indicator WF99 is not in these results; they hold PC01", error.Message, StringComparison.Ordinal);
    }
}
