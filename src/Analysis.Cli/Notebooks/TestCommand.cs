using System.CommandLine;
using System.Globalization;
using System.Text;
using Analysis.Data;
using Analysis.Notebooks.Comparison;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Reports;

namespace Analysis.Cli.Notebooks;

/// <summary>
/// <c>analysis notebooks test PATH... [--junit FILE] [--trx FILE] [--update-baseline] [--scrub FILE]</c>: runs each
/// notebook in its own process and compares every code cell's new outputs with the stored ones, printing a diff
/// per differing cell. Exit 0 all match, 1 outputs differ, 2 a cell failed unexpectedly or a notebook is unreadable.
/// <c>--update-baseline</c> stores the new outputs in notebooks that ran without unexpected errors.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Notebooks (.ipynb, .dib) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var junit = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML to this file." };
        var trx = new Option<string?>("--trx") { Description = "Also write the results as a Visual Studio TRX file." };
        var update = new Option<bool>("--update-baseline") { Description = "Store the new outputs in each notebook that ran without unexpected errors." };
        var scrub = new Option<string?>("--scrub") { Description = "Extra scrubbers in nbval's format (regex: / replace: lines) applied before comparing." };
        var (timeout, cellTimeout) = NotebookLimits.Options();
        var command = new Command("test", "Run notebooks and compare each cell's outputs with the stored ones.")
        {
            paths, junit, trx, update, scrub, timeout, cellTimeout,
        };
        command.SetAction(parse => Run(
            context,
            new Settings(
                NotebookPaths.Expand(parse.GetRequiredValue(paths)),
                parse.GetValue(junit),
                parse.GetValue(trx),
                parse.GetValue(update),
                Scrubbers(parse.GetValue(scrub)),
                NotebookLimits.From(parse.GetValue(timeout), parse.GetValue(cellTimeout)))));
        return command;
    }

    private sealed record Settings(IReadOnlyList<string> Notebooks, string? JUnit, string? Trx, bool UpdateBaseline, IReadOnlyList<Scrubber> Scrubbers, NotebookLimits Limits);

    private static int Run(CliContext context, Settings settings)
    {
        var started = TimeProvider.System.GetUtcNow();
        var results = new List<NotebookComparison>();
        foreach (var path in settings.Notebooks)
        {
            var result = Test(path, settings);
            results.Add(result);
            Print(context, result);
            if (settings.UpdateBaseline)
            {
                Update(context, result);
            }
        }

        if (settings.JUnit is { } junit)
        {
            AtomicFile.Write(junit, Encoding.UTF8.GetBytes(JUnitReport.Write(results)));
        }

        if (settings.Trx is { } trx)
        {
            AtomicFile.Write(trx, Encoding.UTF8.GetBytes(TrxReport.Write(results, started, TimeProvider.System.GetUtcNow())));
        }

        var cells = results.SelectMany(r => r.Cells).ToList();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} notebook{(results.Count == 1 ? "" : "s")}, {cells.Count} code cells: {cells.Count(c => c.Passed && c.Verdict is not CellVerdict.Skipped and not CellVerdict.NotRun)} passed, {cells.Count(c => !c.Passed) + results.Count(r => r.Problem is not null)} failed, {cells.Count(c => c.Verdict is CellVerdict.Skipped or CellVerdict.NotRun)} skipped"));
        return settings.UpdateBaseline
            ? results.Any(r => r.ExitCode == 2) ? 2 : 0
            : results.Select(r => r.ExitCode).DefaultIfEmpty(0).Max();
    }

    private static NotebookComparison Test(string path, Settings settings)
    {
        var read = NotebookFile.Read(path);
        if (!read.Succeeded)
        {
            return NotebookComparison.Unreadable(read.Problem);
        }

        if (NotebookExecutor.CannotRun(read.Notebook) is { } reason)
        {
            return NotebookComparison.Unreadable(new NotebookProblem(path, reason));
        }

        try
        {
            var run = NotebookChild.Run(read.Notebook, settings.Limits, []);
            return NotebookComparer.Compare(read.Notebook, run, settings.Scrubbers) with { Path = path };
        }
        catch (NotebookProcessException e)
        {
            return NotebookComparison.Unreadable(new NotebookProblem(path, e.Message));
        }
    }

    private static void Print(CliContext context, NotebookComparison result)
    {
        if (result.Problem is { } problem)
        {
            context.Out.WriteLine(problem);
            return;
        }

        var verdicts = result.Cells.GroupBy(c => c.Verdict).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Word(g.Key)}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Path}: {result.Cells.Length} code cells: {string.Join(", ", verdicts)}"));
        foreach (var cell in result.Cells.Where(c => !c.Passed))
        {
            context.Out.WriteLine($"  {(cell.Verdict == CellVerdict.Error ? "ERROR" : "FAIL")} {cell.Run.Name}");
            foreach (var line in cell.Message.Split('\n'))
            {
                context.Out.WriteLine("    " + line);
            }
        }
    }

    private static void Update(CliContext context, NotebookComparison result)
    {
        if (result.Run is not { } run || result.Problem is not null)
        {
            return;
        }

        if (run.HasUnexpectedErrors)
        {
            context.Error.WriteLine($"{result.Path}: not updated: a cell failed unexpectedly");
        }
        else if (result.Path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
        {
            context.Error.WriteLine($"{result.Path}: not updated: a .dib notebook stores no outputs (save it as .ipynb to keep a baseline)");
        }
        else
        {
            NotebookFile.Write(run.Notebook, result.Path, NotebookWriteGuard.ReplaceSource);
            context.Out.WriteLine($"{result.Path}: baseline updated");
        }
    }

    private static IReadOnlyList<Scrubber> Scrubbers(string? file)
    {
        if (file is null)
        {
            return BuiltInScrubbers.All;
        }

        var (user, problem) = ScrubberFile.Read(file);
        return problem is null ? NotebookComparer.WithBuiltIns(user) : throw new UsageException(problem.ToString());
    }

    private static string Word(CellVerdict verdict) => verdict switch
    {
        CellVerdict.Match => "match",
        CellVerdict.NoBaseline => "without a baseline",
        CellVerdict.Differ => "differ",
        CellVerdict.Error => "failed",
        CellVerdict.Skipped => "skipped",
        _ => "not run",
    };
}
