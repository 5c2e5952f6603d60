using System.Text.RegularExpressions;
using Analysis.Indicators.Review;
using Analysis.Interactive.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;
using Xunit.Abstractions;

namespace Analysis.Interactive.Tests.Formatting;

/// <summary>A scorecard assessment of six library indicators on the built-in sample, as the notebook shows it and charts it.</summary>
[Collection(FormattingCollection.Name)]
public sealed partial class ScorecardFormattingTests
{
    private static readonly string[] Ids = ["GPPS01", "CTX01", "CTX04", "SF05", "WF01", "WF02"];
    private static ScorecardAssessment? _assessment;
    private readonly SampleResults _sample;
    private readonly ITestOutputHelper _output;

    public ScorecardFormattingTests(SampleResults sample, ITestOutputHelper output)
    {
        _sample = sample;
        _output = output;
        Formatters.Register();
    }

    private ScorecardAssessment Assessment => _assessment ??= ScorecardAssessment.Of(_sample.Panel, [.. _sample.Indicators.Where(d => Ids.Contains(d.Id))], _sample.Engine);

    [Fact]
    public void The_assessment_shows_its_counts_one_row_per_indicator_and_the_recommendation_coloured()
    {
        var html = Assessment.ToDisplayString("text/html");
        var text = Assessment.ToDisplayString("text/plain");
        _output.WriteLine(text);

        Assert.StartsWith("Scorecard candidates: 6 indicators; 1 publish, 1 publish with caveats, 4 do not publish\n", text, StringComparison.Ordinal);
        Assert.Matches(@"\nGPPS01 +Patients describing .* +Publish +passes every check: coverage 100\.0%", text);
        Assert.Matches(@"\nCTX01 +Mean practice deprivation score \(IMD\) +2024-06 +100\.0% +0\.0% +not applicable +not applicable ", text);
        Assert.Equal(1, Regex.Count(html, "<td class=\"analysis-better\">Publish</td>"));
        Assert.Equal(1, Regex.Count(html, "<td class=\"analysis-lower\">Publish with caveats</td>"));
        Assert.Equal(4, Regex.Count(html, "<td class=\"analysis-worse\">Do not publish</td>"));
        Assert.Contains("<th scope=\"row\">CTX04</th>", html, StringComparison.Ordinal);
        Assert.Contains("coverage 19.6% of 6,296 practices (needs ≥ 80.0%); most left out: suppressed for small numbers (5,053)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_duplicate_cluster_names_the_member_kept_and_those_left_out()
    {
        var text = Assessment.ToDisplayString("text/plain");
        var cluster = Assessment.Clusters.Single(c => c.Members.Count > 1);

        Assert.Equal(["SF05", "WF01", "WF02"], cluster.Members);
        Assert.Contains("Indicators that rank practices alike (every pair |ρ| ≥ 0.9)", text, StringComparison.Ordinal);
        Assert.Matches($@"\n +{cluster.Number}  {cluster.Kept} +{string.Join(", ", cluster.Members.Where(m => m != cluster.Kept))} +0\.9[0-9]\n", text);
    }

    [Fact]
    public void A_selection_of_rows_shows_as_the_same_table()
    {
        var text = Assessment.Rows.Where(r => r.Recommendation != ScorecardRecommendation.DoNotPublish).ToDisplayString("text/plain");

        Assert.StartsWith("2 scorecard candidates\n\nRecommendations\n", text, StringComparison.Ordinal);
        Assert.Equal(["GPPS01", "CTX01"], Regex.Matches(text, @"\n(GPPS01|CTX01) ").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void The_correlation_chart_puts_the_cluster_first_and_the_chance_chart_colours_by_recommendation()
    {
        var correlations = new FigureJson(Interactive.Charts.ScorecardCorrelations(Assessment).Json());
        var heatmap = correlations.Traces.Single();
        Assert.Equal(["SF05", "WF01", "WF02", "GPPS01", "CTX01", "CTX04"], FigureJson.Strings(heatmap, "x"));
        Assert.StartsWith("Spearman's ρ between indicators across practices", correlations.Title, StringComparison.Ordinal);

        var chance = new FigureJson(Interactive.Charts.ScorecardChance(Assessment).Json());
        Assert.Equal(["Publish", "Do not publish", "2% outside: below it, blocked as chance", "φ = 1.5: below it, a caveat"], chance.Names);
        Assert.Equal(["SF05", "WF01", "WF02"], FigureJson.Strings(chance.Trace("Do not publish"), "text"));
        Assert.Contains("No funnel (not applicable or no values): CTX01, CTX04.", chance.Title, StringComparison.Ordinal);
        Assert.Equal("log", chance.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }
}
