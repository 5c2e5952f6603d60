using Analysis.Indicators.Review;
using Analysis.Interactive.Review;

namespace Analysis.Interactive.Tests.Review;

/// <summary>How a review reads when the script never got as far as an indicator, and how text is kept safe in each format.</summary>
public sealed class ReviewRenderingTests
{
    private static readonly ScriptReview Broken = ScriptReview.Of(
        "proposals/new-indicator.csx",
        [
            new ScriptDiagnostic("proposals/new-indicator.csx", 7, 13, "IND201", DiagnosticSeverity.Error, "System.IO.File is not allowed in an indicator script | use the DSL"),
            new ScriptDiagnostic("proposals/new-indicator.csx", 9, 5, "CS0103", DiagnosticSeverity.Error, "The name '<p>' does not exist"),
        ],
        review: null);

    [Fact]
    public void A_script_with_errors_gets_a_report_of_its_diagnostics_and_one_blocking_verdict()
    {
        var markdown = ReviewMarkdown.Render(Broken);

        Assert.StartsWith("# Indicator review: new-indicator.csx\n\n**Blocks publication on a scorecard: 1 blocking verdict(s), 0 advisory.**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Script diagnostics | Blocking | 2 | The script has 2 diagnostic(s), 2 of them error(s)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Location | Severity | Id | Message |", markdown, StringComparison.Ordinal);
        Assert.Contains("| proposals/new-indicator.csx(7,13) | error | IND201 | System.IO.File is not allowed in an indicator script \\| use the DSL |", markdown, StringComparison.Ordinal);
        Assert.Contains("The name '\\<p\\>' does not exist", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Funnel plot", markdown, StringComparison.Ordinal);
        Assert.Contains("## Method and thresholds", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_page_is_semantic_offline_and_encodes_script_text()
    {
        var page = ReviewHtml.Page(Broken);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Compile, allow-list, runtime and lint diagnostics</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Location</th>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"blocking\"><th scope=\"row\">Script diagnostics</th><td>Blocking</td>", page, StringComparison.Ordinal);
        Assert.Contains("The name &#39;&lt;p&gt;&#39; does not exist", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Contains(PlotlyJs.Version, page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_is_an_article_without_the_page_around_it()
    {
        var fragment = ReviewHtml.Fragment(Broken);

        Assert.StartsWith("<article class=\"indicator-review\">\n<header>\n<h1>Indicator review: new-indicator.csx</h1>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", fragment, StringComparison.Ordinal);
    }
}
