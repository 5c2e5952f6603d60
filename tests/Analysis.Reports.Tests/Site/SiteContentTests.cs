using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Data.Geography;
using Analysis.Data.Summaries;
using Analysis.Indicators;
using Analysis.Reports.Tests.Support;
using Analysis.Statistics;

namespace Analysis.Reports.Tests.Site;

[Collection(ReportCollection.Name)]
public sealed partial class SiteContentTests(ReportFixture fixture)
{
    [Fact]
    public void Index_ranks_icbs_and_sub_icbs_by_gp_fte_shortfall_as_supply_by_area_computes_it()
    {
        var html = fixture.Read("index.html");
        var month = SupplyByArea.LatestMonthWithSupplyAndNeed(fixture.Panel)!.Value;
        foreach (var (tier, caption) in new[] { (AreaLevel.Icb, "ICBs by GP FTE shortfall"), (AreaLevel.SubIcb, "Sub-ICB locations by GP FTE shortfall") })
        {
            var areas = SupplyByArea.In(fixture.Panel, month, tier).Areas.Where(a => a.Area is not null).ToList();
            var table = html[html.IndexOf(caption, StringComparison.Ordinal)..];
            table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
            var rows = table.Split("<tr>").Skip(2).ToList();
            Assert.Equal(areas.Count, rows.Count);
            var first = areas[0];
            Assert.Contains($"<td class=\"num\">1</td><th scope=\"row\"><a href=\"{(tier == AreaLevel.Icb ? "icb" : "sub-icb")}/{first.Area!.Code}.html\">", rows[0], StringComparison.Ordinal);
            Assert.Contains($">{first.Shortfall.ToString("#,0.0", CultureInfo.InvariantCulture)}</td>", rows[0], StringComparison.Ordinal);
            Assert.Contains($">{first.ShortfallPercent.ToString("0.0", CultureInfo.InvariantCulture)}%</td>", rows[0], StringComparison.Ordinal);
            var last = areas[^1];
            Assert.Contains($"/{last.Area!.Code}.html\"", rows[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Index_gives_englands_gp_fte_per_10000_weighted_patients_and_draws_the_deprivation_gradient()
    {
        var html = fixture.Read("index.html");
        var month = SupplyByArea.LatestMonthWithSupplyAndNeed(fixture.Panel)!.Value;
        var (england, _) = SupplyByArea.In(fixture.Panel, month, AreaLevel.Icb);
        Assert.Contains($"<dt>GP FTE per 10,000 weighted patients</dt><dd>{england.GpFtePer10kWeighted.ToString("0.00", CultureInfo.InvariantCulture)} <span class=\"hint\">({month})</span>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"analysis-chart\" id=\"gradient-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("The values by decile as a table", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">10 (most deprived)</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practice_scorecard_shows_the_engines_value_interval_and_comparison_for_wf01()
    {
        var wf01 = fixture.Indicators.Single(d => d.Id == "WF01");
        var results = new IndicatorEngine().Run(fixture.Panel, [wf01], Level.Practice);
        var v = results.Values.Where(v => v.Value is not null && v.Comparison != BenchmarkOutcome.Similar).OrderBy(v => v.AreaCode, StringComparer.Ordinal).FirstOrDefault()
            ?? results.Values.First(v => v.Value is not null);
        var row = SiteFiles.Row(fixture.Read($"practice/{v.AreaCode}.html"), "WF01");
        Assert.Contains($">{Two(v.Value!.Value)} FTE per 10,000 weighted patients</td>", row, StringComparison.Ordinal);
        Assert.Contains($">{Number(v.Lower!.Value)} to {Number(v.Upper!.Value)}</td>", row, StringComparison.Ordinal);
        Assert.Contains($">{Two(v.England!.Value)}</td>", row, StringComparison.Ordinal);
        var word = v.Comparison switch { BenchmarkOutcome.Better => "Better", BenchmarkOutcome.Worse => "Worse", _ => "Similar" };
        Assert.Contains($"</span> {word}</td>", row, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"month\">{v.Period}</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_practice_has_a_page_with_one_row_per_indicator_and_a_trend_chart()
    {
        var pages = Directory.GetFiles(Path.Combine(fixture.Site, "practice"), "*.html");
        Assert.Equal(fixture.Outcome.PracticePages, pages.Length);
        Assert.InRange(pages.Length, 290, 320);
        var html = File.ReadAllText(pages.Order(StringComparer.Ordinal).First());
        foreach (var d in fixture.Indicators)
        {
            Assert.Contains($"<th scope=\"row\"><a href=\"../methods.html#{d.Id}\">{d.Id}</a>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<div class=\"analysis-chart\" id=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"../assets/plotly-2.28.0.min.js\"></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_symbols_follow_the_value_and_colours_follow_the_indicators_polarity()
    {
        var checkedCells = 0;
        foreach (var page in Directory.EnumerateFiles(Path.Combine(fixture.Site, "practice"), "*.html").Take(150))
        {
            var html = File.ReadAllText(page);

            // WF01: higher is better, so better is above England (▲); WF12: lower is better, so better is below (▼).
            foreach (var (id, better, worse) in new[] { ("WF01", "▲", "▼"), ("WF12", "▼", "▲") })
            {
                var row = SiteFiles.Row(html, id);
                if (row.Contains("class=\"c-better\"", StringComparison.Ordinal))
                {
                    Assert.Contains($"<span aria-hidden=\"true\">{better}</span> Better", row, StringComparison.Ordinal);
                    checkedCells++;
                }

                if (row.Contains("class=\"c-worse\"", StringComparison.Ordinal))
                {
                    Assert.Contains($"<span aria-hidden=\"true\">{worse}</span> Worse", row, StringComparison.Ordinal);
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 0, "no practice was better or worse than England on WF01 or WF12");
    }

    [Fact]
    public void A_shortfall_row_says_short_where_the_supply_rate_is_below_the_target_and_over_where_above()
    {
        var (shortRows, overRows) = (0, 0);
        foreach (var page in Directory.EnumerateFiles(Path.Combine(fixture.Site, "sub-icb"), "*.html"))
        {
            var row = SiteFiles.Row(File.ReadAllText(page), "SF01");
            var match = ShortfallCell().Match(row);
            if (!match.Success)
            {
                continue;
            }

            var rate = double.Parse(match.Groups["rate"].Value, CultureInfo.InvariantCulture);
            var target = double.Parse(match.Groups["target"].Value, CultureInfo.InvariantCulture);
            if (rate == target)
            {
                continue;
            }

            Assert.Equal(rate < target ? "Short" : "Over", match.Groups["word"].Value);
            _ = rate < target ? shortRows++ : overRows++;
        }

        Assert.True(shortRows > 0 && overRows > 0, $"{shortRows} sub-ICB locations short and {overRows} over");
    }

    [Fact]
    public void The_methods_page_describes_every_indicator_from_its_metadata()
    {
        var html = fixture.Read("methods.html");
        var text = SiteFiles.Text(html);
        foreach (var d in fixture.Indicators)
        {
            Assert.Contains($"<section class=\"indicator\" id=\"{d.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains(d.Definition!, text, StringComparison.Ordinal);
            Assert.Contains(d.Rationale!, text, StringComparison.Ordinal);
            Assert.All(d.Exclusions, e => Assert.Contains(e.Reason, text, StringComparison.Ordinal));
        }

        var wf01 = html[html.IndexOf("id=\"WF01\"", StringComparison.Ordinal)..];
        Assert.Contains("<dt>Polarity</dt><dd>Higher is better</dd>", wf01, StringComparison.Ordinal);
        Assert.Contains("<dt>Value</dt><dd>Rate per 10,000</dd>", wf01, StringComparison.Ordinal);
        Assert.Contains("<dt>Datasets</dt><dd>General Practice Workforce, NHS Payments to General Practice</dd>", wf01, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_index_lists_every_practice_and_area_with_its_page()
    {
        var script = fixture.Read("assets/search-index.js");
        Assert.StartsWith("// Generated by analysis report", script, StringComparison.Ordinal);
        foreach (var page in Directory.EnumerateFiles(Path.Combine(fixture.Site, "practice"), "*.html"))
        {
            var code = Path.GetFileNameWithoutExtension(page);
            Assert.Contains($"[\"{code}\",", script, StringComparison.Ordinal);
            Assert.Contains($",\"Practice\",\"practice/{code}.html\"]", script, StringComparison.Ordinal);
        }

        Assert.Contains(",\"ICB\",\"icb/", script, StringComparison.Ordinal);
        Assert.Contains(",\"PCN\",\"pcn/", script, StringComparison.Ordinal);
    }

    private static string Two(double value) => value.ToString(Math.Abs(value) >= 100 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "#,0" : Math.Abs(value) >= 100 ? "0.0" : Math.Abs(value) >= 1 ? "0.00" : "0.000", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<td class=""num"">(?<rate>[0-9.,]+) per 10,000 of need<br><span class=""gap"">(?<word>Short|Over) by [^<]* against a target of (?<target>[0-9.]+)</span>")]
    private static partial Regex ShortfallCell();
}
