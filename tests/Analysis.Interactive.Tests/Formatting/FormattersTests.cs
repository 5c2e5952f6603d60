using System.Text.RegularExpressions;
using Analysis.Interactive.Tests.Support;
using Analysis.Statistics;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Interactive.Tests.Formatting;

[Collection(FormattingCollection.Name)]
public sealed class FormattersTests
{
    public FormattersTests() => Formatters.Register();

    [Fact]
    public void Registering_twice_adds_nothing_and_a_reset_is_noticed()
    {
        var count = Formatter.RegisteredFormatters(false).Count();
        Formatters.Register();
        Assert.Equal(count, Formatter.RegisteredFormatters(false).Count());

        Formatter.ResetToDefault();
        Assert.False(Formatters.IsRegistered);
        Formatters.Register();
        Assert.True(Formatters.IsRegistered);
        Assert.Equal(count, Formatter.RegisteredFormatters(false).Count());
    }

    [Fact]
    public void An_indicator_table_shows_units_intervals_and_comparisons_in_words_arrows_and_colour()
    {
        var table = Results.FourPractices().Table("PC01");
        var html = table.ToDisplayString("text/html");

        Assert.Contains("<th scope=\"col\">Value (%)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">95% CI</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"analysis-better\">▲ Better</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"analysis-worse\">▼ Worse</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"analysis-better\">▲▲ above 99.8%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">A81003 Victoria Medical Practice</th><td class=\"num\">20.00</td><td class=\"num\">16.37 to 24.20</td>", html, StringComparison.Ordinal);
        Assert.Contains("Practices, 2023-03: 4 values; England 10.00%. Higher is better; rank 1 is the highest.", html, StringComparison.Ordinal);
        Assert.EndsWith("</style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_form_lines_up_the_same_table()
    {
        var text = Results.FourPractices().Table("PC01").ToDisplayString("text/plain");
        var lines = text.Split('\n');

        Assert.Equal("PC01 Share of patients seen", lines[0]);
        var header = Array.FindIndex(lines, l => l.StartsWith("Area ", StringComparison.Ordinal));
        Assert.Matches("^-+  -+", lines[header + 1]);
        Assert.Contains("A81003 Victoria Medical Practice", lines[header + 4], StringComparison.Ordinal);
        Assert.Contains("▲ Better", lines[header + 4], StringComparison.Ordinal);
        Assert.Equal(lines[header + 2].IndexOf("10.00", StringComparison.Ordinal) + 5, lines[header + 4].IndexOf("20.00", StringComparison.Ordinal) + 5);
    }

    [Fact]
    public void Worst_picks_the_largest_ranks_first()
    {
        var results = Results.FourPractices();
        var ranked = results with { Values = [.. results.Values.Select((v, i) => v with { Rank = new[] { 3, 2, 1, 4 }[i] })] };

        Assert.Equal(["A81004", "A81001"], ranked.Table("PC01").Worst(2).Values.Select(v => v.AreaCode));
        Assert.Equal(["A81003"], ranked.Table("PC01").Best(1).Values.Select(v => v.AreaCode));
    }

    [Fact]
    public void A_shortfall_table_shows_supply_need_expected_and_the_gap_marked_short_or_over()
    {
        var d = new IndicatorDefinition { Id = "SF01", Title = "GP FTE shortfall", ValueType = IndicatorValueType.Shortfall, Multiplier = 10_000, Unit = "FTE" };
        var values = new[]
        {
            Results.Value(d, "QHM", "North East", 5, 200_000, level: Level.Icb) with { Numerator = 100, Expected = 112.5, Gap = 12.5, GapPercent = 11.1, Target = 5.625 },
            Results.Value(d, "QOP", "Manchester", 6, 100_000, level: Level.Icb) with { Numerator = 60, Expected = 56.25, Gap = -3.75, GapPercent = -6.7, Target = 5.625 },
        };
        var html = Results.Of(Level.Icb, [d], values).Table("SF01").ToDisplayString("text/html");

        Assert.Contains("<th scope=\"col\">Gap (FTE)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num analysis-worse\">12.50 short</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num analysis-better\">-3.75 over</td>", html, StringComparison.Ordinal);
        Assert.Contains("target 5.63 FTE per 10,000 of need", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_sequence_of_records_shows_its_first_ten_rows_and_its_size()
    {
        var rows = Enumerable.Range(1, 6300).Select(i => new Practice($"A{i:00000}", "Practice " + i, i % 7));
        var html = rows.ToDisplayString("text/html");
        var text = rows.ToList().ToDisplayString("text/plain");

        Assert.Equal(10, Regex.Count(html, "<tr><th scope=\"row\">"));
        Assert.Contains("<th scope=\"col\">Code</th><th scope=\"col\">Name</th><th scope=\"col\">Gps</th>", html, StringComparison.Ordinal);
        Assert.Contains("… 6,300 rows in all; the first 10 shown", html, StringComparison.Ordinal);
        Assert.StartsWith("Practice: 6,300 rows\n", text, StringComparison.Ordinal);
        Assert.Contains("… 6,300 rows in all; the first 10 shown", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_of_numbers_is_one_column_and_text_stays_text()
    {
        Assert.Contains("<th scope=\"row\" class=\"num\">1</th><td class=\"num\">2.50</td>", new List<double> { 2.5, 3 }.ToDisplayString("text/html"), StringComparison.Ordinal);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>a &lt;b&gt;</pre></div>", "a <b>".ToDisplayString("text/html"));
        Assert.Equal("a <b>", "a <b>".ToDisplayString("text/plain"));
    }

    [Fact]
    public void Indicator_values_from_a_query_show_as_a_table_without_units()
    {
        var values = Results.FourPractices().Values.Where(v => v.Comparison != BenchmarkOutcome.Similar);
        var html = values.ToDisplayString("text/html");

        Assert.StartsWith("<div class=\"analysis-sheet\"><p class=\"analysis-heading\"><strong>Indicator values: 2 rows</strong>", html, StringComparison.Ordinal);
        Assert.Contains("▼ Worse", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_show_one_row_per_indicator_with_england_and_the_tally()
    {
        var text = Results.FourPractices().ToDisplayString("text/plain");

        Assert.StartsWith("Indicator results: 1 indicators by practices, 4 values\n", text, StringComparison.Ordinal);
        Assert.Matches(@"PC01\s+Share of patients seen\s+2023-03\s+4 of 4\s+10\.00%\s+1 / 2 / 1", text);
    }

    [Fact]
    public void A_chart_gives_html_that_draws_the_figure_json_and_a_text_summary()
    {
        var chart = Interactive.Charts.Funnel(Results.FourPractices(), "PC01");

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], Formatter.GetPreferredMimeTypesFor(chart.GetType()));
        Assert.Equal(chart.HtmlFragment(), chart.ToDisplayString("text/html"));
        Assert.Equal(chart.Json(), chart.ToDisplayString("application/vnd.plotly.v1+json"));
        Assert.Equal(
            "Chart: PC01 Share of patients seen (2023-03) (8 traces: England 10.00; 95% limits; 99.8% limits; Inside 95% limits: 2; Above 99.8% limit (better): 1; Below 95% limit (worse): 1)",
            chart.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Loading_the_toolkit_puts_plotly_on_the_page_once_unless_told_not_to()
    {
        var html = Toolkit.Load().ToDisplayString("text/html");

        Assert.StartsWith("<script>", html, StringComparison.Ordinal);
        Assert.True(html.Length > 3_000_000);
        Assert.Matches(@"^Analysis toolkit \S+ loaded: formatters registered; charts use plotly.js 2.28.0, embedded", Toolkit.Load().ToDisplayString("text/plain"));
        Assert.StartsWith("<p class=\"analysis-toolkit\">", Toolkit.Load(embedPlotly: false).ToDisplayString("text/html"), StringComparison.Ordinal);
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(ToolkitInfo)));
    }

    private sealed record Practice(string Code, string Name, int Gps);
}
