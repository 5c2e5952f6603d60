using System.CommandLine;
using System.Globalization;
using System.Text;
using Analysis.Data;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Reports;

namespace Analysis.Cli.Notebooks;

/// <summary>
/// <c>analysis notebooks run PATH... [--out DIR] [-p name=value]...</c>: runs each notebook in its own process and
/// writes the executed notebook (<c>.ipynb</c>, VS Code dialect) and an HTML page that opens offline to DIR; the
/// source notebooks are never changed. Exit 0 when every cell ran, 2 when a cell failed unexpectedly or a
/// notebook could not be read.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Notebooks (.ipynb, .dib) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the executed notebooks and their HTML (default out/notebooks).", DefaultValueFactory = _ => Path.Combine("out", "notebooks") };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "A value for the notebook's parameters cell, as name=value (repeatable).", DefaultValueFactory = _ => [] };
        var (timeout, cellTimeout) = NotebookLimits.Options();
        var command = new Command("run", "Run notebooks and write them, executed, with an offline HTML rendering.")
        {
            paths, output, parameters, timeout, cellTimeout,
        };
        command.SetAction(parse => Run(
            context,
            NotebookPaths.Expand(parse.GetRequiredValue(paths)),
            parse.GetRequiredValue(output),
            Parse(parse.GetRequiredValue(parameters)),
            NotebookLimits.From(parse.GetValue(timeout), parse.GetValue(cellTimeout))));
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<string> notebooks, string output, IReadOnlyList<KeyValuePair<string, string>> parameters, NotebookLimits limits)
    {
        var targets = notebooks.Select(n => Path.Combine(output, Path.GetFileNameWithoutExtension(n) + ".ipynb")).ToList();
        if (targets.GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new UsageException($"two notebooks would both be written to {clash.Key}; run them with different --out folders");
        }

        var exit = ExitCode.Ok;
        foreach (var (path, target) in notebooks.Zip(targets))
        {
            if (string.Equals(Path.GetFullPath(path), Path.GetFullPath(target), StringComparison.Ordinal))
            {
                throw new UsageException($"--out {output} would overwrite the notebook {path}; choose another folder");
            }

            var read = NotebookFile.Read(path);
            if (!read.Succeeded || NotebookExecutor.CannotRun(read.Notebook) is { } reason)
            {
                context.Error.WriteLine(read.Problem ?? new NotebookProblem(path, NotebookExecutor.CannotRun(read.Notebook!)!));
                exit = ExitCode.UsageOrInputError;
                continue;
            }

            try
            {
                NotebookParameters.Inject(read.Notebook, parameters);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("-p " + e.Message.Split(" (Parameter")[0]);
            }

            NotebookRun run;
            try
            {
                run = NotebookChild.Run(read.Notebook, limits, parameters);
            }
            catch (NotebookProcessException e)
            {
                context.Error.WriteLine($"{path}: error: {e.Message}");
                exit = ExitCode.UsageOrInputError;
                continue;
            }

            NotebookFile.Write(run.Notebook, target);
            AtomicFile.Write(Path.ChangeExtension(target, ".html"), Encoding.UTF8.GetBytes(NotebookHtml.Render(run.Notebook, Path.GetFileNameWithoutExtension(path))));
            context.Out.WriteLine($"{path}: {Summary(run)} -> {target}, {Path.ChangeExtension(target, ".html")}");
            foreach (var cell in run.Cells.Where(c => c.IsUnexpectedError))
            {
                context.Out.WriteLine($"  {cell.Name}: {cell.Cell.Outputs.OfType<ErrorOutput>().LastOrDefault()?.Value.Split('\n')[0]}");
                exit = ExitCode.UsageOrInputError;
            }
        }

        return (int)exit;
    }

    internal static string Summary(NotebookRun run)
    {
        var counts = run.Cells.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Word(g.Key)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{run.Cells.Length} code cells: {string.Join(", ", counts)} in {run.Duration.TotalSeconds:0.0} s");
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> Parse(string[] assignments)
    {
        try
        {
            return [.. assignments.Select(NotebookParameters.Parse)];
        }
        catch (FormatException e)
        {
            throw new UsageException("-p " + e.Message);
        }
    }

    private static string Word(CellStatus status) => status switch
    {
        CellStatus.Ran => "ran",
        CellStatus.Failed => "failed",
        CellStatus.TimedOut => "timed out",
        CellStatus.Skipped => "skipped",
        _ => "not run",
    };
}
