using Analysis.Reports.Tests.Support;
using Analysis.Testing;
using Microsoft.Playwright;

namespace Analysis.Reports.Tests.Browser;

/// <summary>
/// The site in a real browser: Debian's Chromium driven by Playwright (its bundled node driver, no browser download)
/// opens the index from disk, searches for a practice, follows the result to its scorecard, and checks the charts drew
/// and nothing was logged as an error. Screenshots are kept under TestResults/ beside the test assembly.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed class BrowserTests(ReportFixture fixture)
{
    [Fact]
    public async Task Searching_the_index_for_a_practice_code_opens_its_scorecard_with_its_chart_drawn()
    {
        var code = fixture.Outcome.PracticePages > 0 ? PracticeWithChart() : throw new InvalidOperationException("the site has no practice pages");
        await using var session = await BrowserSession.Open();
        var page = session.Page;

        await page.GotoAsync(new Uri(Path.Combine(fixture.Site, "index.html")).AbsoluteUri);
        await AssertChartDrew(page, "#gradient-chart");
        await page.Locator("#search").PressSequentiallyAsync(code);
        var result = page.Locator("#search-results a").First;
        await result.WaitForAsync(new() { Timeout = 10_000 });
        Assert.StartsWith(code + " ", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("^1 match\\.$|^[0-9]+ matches", await page.Locator("#search-status").InnerTextAsync());
        var colours = await result.EvaluateAsync<string[]>("a => [getComputedStyle(a).color, getComputedStyle(a.closest('ul')).backgroundColor]");
        Assert.NotEqual(colours[1], colours[0]);
        await Screenshot(page, "report-index-search.png");

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/practice/{code}.html");
        Assert.Contains(code, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(fixture.Indicators.Count, await page.Locator("table.scorecard tbody tr:not(.domain)").CountAsync());
        await AssertChartDrew(page, "#trend-chart");
        var shot = await Screenshot(page, "report-practice.png");

        var image = PngImage.Read(shot);
        Assert.True(image.Width >= 1200 && image.Height >= 800, $"screenshot is {image.Width}x{image.Height}");
        Assert.True(image.DistinctColours() > 20, $"screenshot has {image.DistinctColours()} colours: blank or unstyled");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task An_area_page_draws_its_practices_and_the_search_says_when_nothing_matches()
    {
        var icb = Directory.GetFiles(Path.Combine(fixture.Site, "icb"), "*.html").Order(StringComparer.Ordinal).First();
        await using var session = await BrowserSession.Open();
        var page = session.Page;

        await page.GotoAsync(new Uri(icb).AbsoluteUri);
        await AssertChartDrew(page, "#practices-chart-figure");
        await page.Locator("#search").PressSequentiallyAsync("no such place zzz");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No practice or area matches.");
        Assert.Equal(0, await page.Locator("#search-results a").CountAsync());
        await Screenshot(page, "report-icb.png");
        Assert.Empty(session.Errors);
    }

    private string PracticeWithChart() =>
        Directory.GetFiles(Path.Combine(fixture.Site, "practice"), "*.html").Order(StringComparer.Ordinal)
            .First(p => File.ReadAllText(p).Contains("id=\"trend-chart\"", StringComparison.Ordinal)) is var path
            ? Path.GetFileNameWithoutExtension(path)
            : throw new InvalidOperationException("no practice page has a chart");

    /// <summary>Plotly draws into an SVG of class main-svg; a drawn chart has traces, axes and text inside it.</summary>
    private static async Task AssertChartDrew(IPage page, string chart)
    {
        await page.Locator($"{chart} .main-svg").First.WaitForAsync(new() { Timeout = 20_000 });
        var elements = await page.EvalOnSelectorAsync<int>($"{chart} .main-svg", "svg => svg.querySelectorAll('*').length");
        var points = await page.Locator($"{chart} .scatterlayer .point, {chart} .scatterlayer path.js-line").CountAsync();
        Assert.True(elements > 20, $"{chart}: the plot's SVG holds {elements} elements");
        Assert.True(points > 0, $"{chart}: no points or lines were drawn");
    }

    private static async Task<byte[]> Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        return await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = false });
    }
}
