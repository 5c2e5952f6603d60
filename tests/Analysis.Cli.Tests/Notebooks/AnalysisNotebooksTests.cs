using System.Text.RegularExpressions;
using Analysis.Cli.Tests.Support;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Reports;
using Analysis.Testing;

namespace Analysis.Cli.Tests.Notebooks;

/// <summary>
/// The analysis notebooks in notebooks/: each reproduces its stored outputs on the synthetic sample, runs clean on the
/// real NHS files in ../shared/data, and its stored outputs, rendered by the runner's HTML, draw every chart in
/// headless Chromium (screenshots under TestResults/ beside the test assembly).
/// </summary>
public sealed partial class AnalysisNotebooksTests
{
    public static TheoryData<string> Notebooks => new() { "under-doctored-areas", "review-an-indicator", "allocation-scenarios", "scorecard-candidates" };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_notebook_reproduces_its_stored_outputs_on_the_sample(string name)
    {
        var (exit, output, error) = AnalysisCli.Run("notebooks", "test", NotebookPath(name));

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Matches(@"1 notebook, [0-9]+ code cells: [0-9]+ passed, 0 failed", output);
    }

    [SharedDataTheory]
    [MemberData(nameof(Notebooks))]
    public void A_notebook_runs_clean_on_the_real_data(string name)
    {
        var scratch = NotebookFolders.Scratch();

        var (exit, output, error) = AnalysisCli.Run("notebooks", "run", NotebookPath(name), "-p", "data=" + SharedData.Folder, "--out", scratch);

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        var executed = Read(Path.Combine(scratch, name + ".ipynb"));
        Assert.DoesNotContain(executed.Cells.SelectMany(c => c.Outputs), o => o is ErrorOutput);
        Assert.Contains("data = ", File.ReadAllText(Path.Combine(scratch, name + ".ipynb")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_stored_outputs_draw_every_chart_in_a_browser(string name)
    {
        var html = NotebookHtml.Render(Read(NotebookPath(name)), name);
        var charts = ChartDiv().Matches(html).Count;
        Assert.True(charts > 0, $"{name} stores no chart");
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "notebooks");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, name + ".html");
        File.WriteAllText(page, html);

        await using var session = await BrowserSession.Open();
        await session.Page.GotoAsync(new Uri(page).AbsoluteUri);
        await session.Page.WaitForFunctionAsync($"() => document.querySelectorAll(':is(.analysis-chart, .plotly-chart) .main-svg').length >= {charts}", null, new() { Timeout = 60_000 });
        var drawn = await session.Page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('.analysis-chart, .plotly-chart')].map(c => c.querySelectorAll('.main-svg *').length)");
        await session.Page.Locator(".analysis-chart, .plotly-chart").First.ScrollIntoViewIfNeededAsync();
        var shot = await session.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });

        Assert.Equal(charts, drawn.Length);
        Assert.All(drawn, elements => Assert.True(elements > 20, $"a chart's SVG holds only {elements} elements"));
        var colours = await session.DistinctColours(shot);
        Assert.True(colours > 20, $"the screenshot has {colours} colours: blank or unstyled");
        Assert.Empty(session.Errors);
    }

    private static string NotebookPath(string name) => Path.Combine(SharedData.RepoRoot, "notebooks", name + ".ipynb");

    private static Notebook Read(string path)
    {
        var read = NotebookFile.Read(path);
        Assert.True(read.Succeeded, read.Problem?.ToString());
        return read.Notebook;
    }

    // The toolkit's chart HTML (as in VS Code) or the runner's own, whichever formatter the notebook's host used.
    [GeneratedRegex("<div [^>]*class=\"(analysis|plotly)-chart\"")]
    private static partial Regex ChartDiv();
}
