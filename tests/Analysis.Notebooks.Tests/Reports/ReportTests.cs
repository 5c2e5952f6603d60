using System.Xml.Linq;
using Analysis.Notebooks.Comparison;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Reports;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Reports;

public sealed class ReportTests
{
    private static readonly Lazy<IReadOnlyList<NotebookComparison>> Results = new(() =>
    [
        Compare("Regression/changed-output.ipynb"),
        Compare("Failures/throws.ipynb"),
        Compare("Tags/tags.ipynb"),
        NotebookComparison.Unreadable(new NotebookProblem("broken.ipynb", "invalid JSON: '}' is invalid", 3, 12)),
    ]);

    private static NotebookComparison Compare(string fixture)
    {
        var stored = Fixtures.Read(fixture);
        return NotebookComparer.Compare(stored, Run.Notebook(stored), BuiltInScrubbers.All);
    }

    [Fact]
    public void JUnit_has_a_suite_per_notebook_and_a_case_per_cell_with_failures_errors_and_skips()
    {
        var xml = XDocument.Parse(JUnitReport.Write(Results.Value));

        var root = xml.Root!;
        Assert.Equal(["14", "1", "2", "3"], new[] { "tests", "failures", "errors", "skipped" }.Select(a => root.Attribute(a)!.Value));
        var changed = root.Elements("testsuite").First();
        Assert.EndsWith("Regression/changed-output.ipynb", changed.Attribute("name")!.Value, StringComparison.Ordinal);
        var failure = changed.Elements("testcase").Single(c => c.Element("failure") is not null);
        Assert.Equal("cell 3: foreach (var (region, count) in practices)", failure.Attribute("name")!.Value);
        Assert.Equal("outputs differ:", failure.Element("failure")!.Attribute("message")!.Value);
        Assert.Contains("+ North West: 1,050", failure.Element("failure")!.Value, StringComparison.Ordinal);
        var unreadable = root.Elements("testsuite").Last();
        Assert.Equal("broken.ipynb(3,12): error: invalid JSON: '}' is invalid", unreadable.Element("testcase")!.Element("error")!.Value);
    }

    [Fact]
    public void TRX_has_a_result_per_cell_with_stable_ids_and_the_right_counts()
    {
        var start = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var text = TrxReport.Write(Results.Value, start, start.AddMinutes(1));
        var xml = XDocument.Parse(text);
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

        var counters = xml.Root!.Element(ns + "ResultSummary")!.Element(ns + "Counters")!;
        Assert.Equal(["14", "8", "3", "3"], new[] { "total", "passed", "failed", "notExecuted" }.Select(a => counters.Attribute(a)!.Value));
        Assert.Equal("Failed", xml.Root.Element(ns + "ResultSummary")!.Attribute("outcome")!.Value);
        var results = xml.Root.Element(ns + "Results")!.Elements(ns + "UnitTestResult").ToList();
        Assert.Equal(results.Count, results.Select(r => r.Attribute("testId")!.Value).Distinct().Count());
        Assert.Equal(text, TrxReport.Write(Results.Value, start, start.AddMinutes(1)));
        var definitions = xml.Root.Element(ns + "TestDefinitions")!.Elements(ns + "UnitTest").Select(u => u.Attribute("id")!.Value);
        Assert.Equal(results.Select(r => r.Attribute("testId")!.Value), definitions);
    }

    [Fact]
    public void The_HTML_page_opens_offline_with_plotly_js_once_and_escapes_the_notebook_text()
    {
        var run = Run.Fixture("Outputs/output-kinds.ipynb");

        var html = NotebookHtml.Render(run.Notebook, "Every kind of <output>");

        Assert.Equal(1, Count(html, Analysis.Notebooks.Formatting.PlotlyHtml.PlotlyJs[..300]));
        Assert.DoesNotContain("<script src=", html, StringComparison.Ordinal);
        Assert.Contains("<title>Every kind of &lt;output&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Every kind of output</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source\"><code>&quot;&lt;b&gt;bold&lt;/b&gt;&quot;.DisplayAs(&quot;text/html&quot;);</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"output display\"><b>bold</b></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"output stderr\"><pre>to stderr\n</pre></div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Analysis.Notebooks.Formatting.PlotlyHtml.PlotlyJs[..300], NotebookHtml.Render(Fixtures.Read("Tags/tags.ipynb"), "tags"), StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
