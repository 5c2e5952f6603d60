using System.Globalization;
using System.Xml.Linq;
using Analysis.Notebooks.Comparison;

namespace Analysis.Notebooks.Reports;

/// <summary>
/// Writes regression results as JUnit XML, which CI systems show as test results: one test suite per notebook and
/// one test case per code cell, named by the notebook and the cell's number and first line.
/// </summary>
public static class JUnitReport
{
    /// <summary>The JUnit XML text of the given notebooks' results.</summary>
    public static string Write(IReadOnlyList<NotebookComparison> notebooks)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var suites = notebooks.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "analysis notebooks test"),
            Counts(suites.Sum(s => (int)s.Attribute("tests")!), suites.Sum(s => (int)s.Attribute("failures")!), suites.Sum(s => (int)s.Attribute("errors")!), suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(notebooks.Sum(n => n.Run?.Duration.Ticks ?? 0)))),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static XElement Suite(NotebookComparison notebook)
    {
        var name = ReportNames.Notebook(notebook.Path);
        if (notebook.Problem is { } problem)
        {
            return new XElement("testsuite", new XAttribute("name", name), Counts(1, 0, 1, 0), new XAttribute("time", "0"),
                new XElement("testcase", new XAttribute("classname", name), new XAttribute("name", "notebook"), new XAttribute("time", "0"),
                    new XElement("error", new XAttribute("message", problem.Message), problem.ToString())));
        }

        var cases = notebook.Cells.Select(cell => Case(name, cell)).ToList();
        return new XElement("testsuite",
            new XAttribute("name", name),
            Counts(cases.Count,
                notebook.Cells.Count(c => c.Verdict == CellVerdict.Differ),
                notebook.Cells.Count(c => c.Verdict == CellVerdict.Error),
                notebook.Cells.Count(c => c.Verdict is CellVerdict.Skipped or CellVerdict.NotRun)),
            new XAttribute("time", Seconds(notebook.Run?.Duration ?? TimeSpan.Zero)),
            cases);
    }

    private static XElement Case(string notebook, CellComparison cell)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", notebook),
            new XAttribute("name", cell.Run.Name),
            new XAttribute("time", Seconds(cell.Run.Duration)));
        var firstLine = cell.Message.Split('\n')[0];
        element.Add(cell.Verdict switch
        {
            CellVerdict.Differ => new XElement("failure", new XAttribute("message", firstLine), cell.Message),
            CellVerdict.Error => new XElement("error", new XAttribute("message", firstLine), cell.Message),
            CellVerdict.Skipped or CellVerdict.NotRun => new XElement("skipped", new XAttribute("message", cell.Message)),
            _ => null,
        });
        return element;
    }

    private static XAttribute[] Counts(int tests, int failures, int errors, int skipped) =>
    [
        new("tests", tests), new("failures", failures), new("errors", errors), new("skipped", skipped),
    ];

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
