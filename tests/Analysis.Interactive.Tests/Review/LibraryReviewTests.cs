using System.Text.RegularExpressions;
using Analysis.Indicators.Review;
using Analysis.Interactive.Review;
using Analysis.Interactive.Tests.Support;
using Analysis.Testing;

namespace Analysis.Interactive.Tests.Review;

/// <summary>
/// A review renders for every indicator in indicators/ on the built-in sample (issue 4's acceptance): the library's
/// practice values are computed once by the shared sample fixture and reused by every case.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed partial class LibraryReviewTests(SampleResults sample)
{
    private static readonly string[] Sections =
    [
        "Verdicts", "Definition and metadata", "Diagnostics", "Coverage and exclusions", "Distribution",
        "Funnel plot and outliers", "Association with deprivation", "Correlation with the library", "Stability between years",
    ];

    public static TheoryData<string> Scripts()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "indicators");
        return [.. Directory.EnumerateFiles(folder, "*.csx", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_library_has_the_33_indicators_the_theory_covers()
    {
        Assert.Equal(33, Scripts().Count);
        Assert.Equal(33, sample.Indicators.Count);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_review_renders_for_every_library_indicator_with_every_section(string script)
    {
        var d = sample.Indicators.Single(x => x.Source.Path.Replace('\\', '/').EndsWith("/" + script, StringComparison.Ordinal));
        var review = ScriptReview.Of(d.Source.Path, [], IndicatorReview.Of(d, sample.Panel, sample.Practices, sample.Engine));

        var markdown = ReviewMarkdown.Render(review);
        var html = ReviewHtml.Page(review, plotlySource: "plotly.min.js");

        Assert.StartsWith($"# Indicator review: {d.Id} ", markdown, StringComparison.Ordinal);
        Assert.All(Sections, s => Assert.Contains($"\n## {s}\n", markdown, StringComparison.Ordinal));
        Assert.All(Sections, s => Assert.Contains($">{s}</h2>", html, StringComparison.Ordinal));
        Assert.Contains($"| Source | {Escaped(d.Source.Path)}:{d.Source.Line} |", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(HtmlTag(), markdown);

        // Seven verdicts, and the library minus the candidate itself in the correlation table.
        Assert.Equal(7, review.Verdicts.Count);
        Assert.Equal(sample.Indicators.Count - 1, review.Review!.Correlations.Count);
        Assert.DoesNotContain(review.Review.Correlations, c => c.IndicatorId == d.Id);
        Assert.Equal(7, Regex.Count(html, "<tr class=\"(pass|advisory|blocking|notassessed)\">"));

        // The charts: a funnel wherever the review found one, the spread by ICB and the deprivation gradient wherever there are values.
        Assert.Equal(review.Review.Funnel.NotApplicable is null, html.Contains("id=\"review-funnel\"", StringComparison.Ordinal));
        Assert.Equal(review.Review.Distribution.Count > 0, html.Contains("id=\"review-distribution\"", StringComparison.Ordinal));
        Assert.Equal(review.Review.Deprivation.Deciles.Any(g => g.Value is not null), html.Contains("id=\"review-gradient\"", StringComparison.Ordinal));
    }

    private static string Escaped(string path) => path.Replace("_", "\\_", StringComparison.Ordinal);

    [GeneratedRegex("<(/?[a-z]+[ >]|!--)", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
