using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Analysis.Notebooks.Comparison;

namespace Analysis.Notebooks.Reports;

/// <summary>
/// Writes regression results as a Visual Studio test results file (TRX), as dotnet-repl does, one unit test per code
/// cell named "notebook: cell N: first line". Test and execution ids derive from those names, so two runs of the
/// same notebooks give the same ids.
/// </summary>
public static class TrxReport
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string UnitTestType = "13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b";
    private const string ResultsNotInAList = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
    private const string AllLoadedResults = "19431567-8539-422a-85d7-44ee4e166bda";

    /// <summary>The TRX text of the given notebooks' results, run between <paramref name="started"/> and <paramref name="finished"/>.</summary>
    public static string Write(IReadOnlyList<NotebookComparison> notebooks, DateTimeOffset started, DateTimeOffset finished)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var tests = notebooks.SelectMany(Tests).ToList();
        var clock = started;
        var results = new List<XElement>();
        foreach (var test in tests)
        {
            results.Add(Result(test, clock));
            clock += test.Duration;
        }

        var root = new XElement(Ns + "TestRun",
            new XAttribute("id", Id("run", string.Join("|", tests.Select(t => t.Name)))),
            new XAttribute("name", "analysis notebooks test"),
            new XElement(Ns + "Times", new XAttribute("creation", Time(started)), new XAttribute("queuing", Time(started)), new XAttribute("start", Time(started)), new XAttribute("finish", Time(finished))),
            new XElement(Ns + "Results", results),
            new XElement(Ns + "TestDefinitions", tests.Select(Definition)),
            new XElement(Ns + "TestEntries", tests.Select(t => new XElement(Ns + "TestEntry",
                new XAttribute("testId", t.TestId), new XAttribute("executionId", t.ExecutionId), new XAttribute("testListId", ResultsNotInAList)))),
            new XElement(Ns + "TestLists",
                new XElement(Ns + "TestList", new XAttribute("name", "Results Not in a List"), new XAttribute("id", ResultsNotInAList)),
                new XElement(Ns + "TestList", new XAttribute("name", "All Loaded Results"), new XAttribute("id", AllLoadedResults))),
            Summary(tests));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + root + "\n";
    }

    private sealed record Test(string Name, string Storage, string Outcome, TimeSpan Duration, string? Message, string? Detail)
    {
        public string TestId => Id("test", Name);

        public string ExecutionId => Id("execution", Name);
    }

    private static IEnumerable<Test> Tests(NotebookComparison notebook)
    {
        var name = ReportNames.Notebook(notebook.Path);
        if (notebook.Problem is { } problem)
        {
            yield return new Test($"{name}: notebook", name, "Failed", TimeSpan.Zero, problem.ToString(), null);
            yield break;
        }

        foreach (var cell in notebook.Cells)
        {
            var outcome = cell.Verdict switch
            {
                CellVerdict.Differ or CellVerdict.Error => "Failed",
                CellVerdict.Skipped or CellVerdict.NotRun => "NotExecuted",
                _ => "Passed",
            };
            yield return new Test($"{name}: {cell.Run.Name}", name, outcome, cell.Run.Duration, outcome == "Passed" ? null : cell.Message.Split('\n')[0], cell.Message);
        }
    }

    private static XElement Result(Test test, DateTimeOffset start)
    {
        var result = new XElement(Ns + "UnitTestResult",
            new XAttribute("executionId", test.ExecutionId),
            new XAttribute("testId", test.TestId),
            new XAttribute("testName", test.Name),
            new XAttribute("computerName", "analysis"),
            new XAttribute("duration", test.Duration.ToString("c", CultureInfo.InvariantCulture)),
            new XAttribute("startTime", Time(start)),
            new XAttribute("endTime", Time(start + test.Duration)),
            new XAttribute("testType", UnitTestType),
            new XAttribute("outcome", test.Outcome),
            new XAttribute("testListId", ResultsNotInAList),
            new XAttribute("relativeResultsDirectory", test.ExecutionId));
        if (test.Message is not null)
        {
            result.Add(new XElement(Ns + "Output",
                new XElement(Ns + "StdOut", test.Detail),
                new XElement(Ns + "ErrorInfo", new XElement(Ns + "Message", test.Message), new XElement(Ns + "StackTrace", test.Detail))));
        }

        return result;
    }

    private static XElement Definition(Test test) => new(Ns + "UnitTest",
        new XAttribute("name", test.Name),
        new XAttribute("storage", test.Storage),
        new XAttribute("id", test.TestId),
        new XElement(Ns + "Execution", new XAttribute("id", test.ExecutionId)),
        new XElement(Ns + "TestMethod",
            new XAttribute("codeBase", test.Storage),
            new XAttribute("adapterTypeName", "executor://analysis-notebooks/v1"),
            new XAttribute("className", test.Storage),
            new XAttribute("name", test.Name)));

    private static XElement Summary(List<Test> tests)
    {
        var failed = tests.Count(t => t.Outcome == "Failed");
        var passed = tests.Count(t => t.Outcome == "Passed");
        var notExecuted = tests.Count(t => t.Outcome == "NotExecuted");
        return new XElement(Ns + "ResultSummary",
            new XAttribute("outcome", failed > 0 ? "Failed" : "Completed"),
            new XElement(Ns + "Counters",
                new XAttribute("total", tests.Count), new XAttribute("executed", passed + failed), new XAttribute("passed", passed),
                new XAttribute("failed", failed), new XAttribute("error", 0), new XAttribute("timeout", 0), new XAttribute("aborted", 0),
                new XAttribute("inconclusive", 0), new XAttribute("passedButRunAborted", 0), new XAttribute("notRunnable", 0),
                new XAttribute("notExecuted", notExecuted), new XAttribute("disconnected", 0), new XAttribute("warning", 0),
                new XAttribute("completed", 0), new XAttribute("inProgress", 0), new XAttribute("pending", 0)));
    }

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static string Id(string kind, string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + name)).AsSpan(0, 16)).ToString();
}
