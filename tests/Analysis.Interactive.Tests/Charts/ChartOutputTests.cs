using System.Text.RegularExpressions;
using Analysis.Interactive.Tests.Support;

namespace Analysis.Interactive.Tests.Charts;

public sealed class ChartOutputTests
{
    private static readonly Plotly.NET.GenericChart Chart = Interactive.Charts.Funnel(Results.FourPractices(), "PC01");

    [Fact]
    public void A_fragment_has_an_id_from_its_content_and_draws_once_plotly_is_loaded()
    {
        var fragment = Chart.HtmlFragment();
        var id = Regex.Match(fragment, "id=\"(chart-[0-9a-f]{16})\"").Groups[1].Value;

        Assert.NotEmpty(id);
        Assert.Equal(fragment, Interactive.Charts.Funnel(Results.FourPractices(), "PC01").HtmlFragment());
        Assert.Contains($"document.getElementById('{id}')", fragment, StringComparison.Ordinal);
        Assert.Contains("window.Plotly.newPlot(target, figure.data, figure.layout, figure.config)", fragment, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"PC01 Share of patients seen (2023-03)\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_holding_a_closing_script_tag_cannot_end_the_script_early()
    {
        var fragment = Chart.HtmlFragment("funnel");

        Assert.Equal(1, Regex.Count(fragment, "</script>"));
        Assert.Contains("Bank House &lt;/script&gt; Surgery", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_is_not_a_plain_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.HtmlFragment("a\"b"));

        Assert.Contains("(found \"a\"b\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_carries_plotly_inline_and_refers_to_no_web_address_outside_it()
    {
        var page = Chart.HtmlPage();
        var inline = page.IndexOf(PlotlyJs.Text[..200].Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal);

        Assert.True(inline > 0, "plotly.js is inlined");
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<title>PC01 Share of patients seen (2023-03)</title>", page, StringComparison.Ordinal);
        var outside = page[..inline] + page[(inline + PlotlyJs.Text.Length)..];
        Assert.DoesNotMatch("https?://", outside);
        Assert.DoesNotContain("<script src", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_can_load_plotly_from_a_local_file_but_never_from_the_web()
    {
        Assert.Contains("<script src=\"js/plotly-2.28.0.min.js\"></script>", Chart.HtmlPage("js/" + PlotlyJs.FileName), StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => Chart.HtmlPage("https://cdn.plot.ly/plotly-2.28.0.min.js"));
        Assert.Contains("must come from a local file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plotly_js_is_the_bundled_2_28_0_and_is_written_once_as_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("plotly-js-").FullName;
        try
        {
            var path = PlotlyJs.WriteTo(folder);

            Assert.Equal("plotly-2.28.0.min.js", Path.GetFileName(path));
            Assert.Equal(PlotlyJs.Text, File.ReadAllText(path));
            Assert.Contains("plotly.js v2.28.0", PlotlyJs.Text[..400], StringComparison.Ordinal);
            Assert.True(PlotlyJs.Text.Length > 3_000_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Writing_a_page_leaves_the_whole_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "chart-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            Chart.WriteHtml(path, PlotlyJs.FileName);

            Assert.Equal(Chart.HtmlPage(PlotlyJs.FileName), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
