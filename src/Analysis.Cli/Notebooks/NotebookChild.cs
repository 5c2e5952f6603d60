using System.Collections.Immutable;
using System.Globalization;
using Analysis.Cli.Isolation;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;

namespace Analysis.Cli.Notebooks;

/// <summary>
/// Runs one notebook in a child <c>analysis notebooks worker</c> process, so a cell that hangs, exits the process,
/// crashes the runtime or exhausts memory fails that notebook only. When the child does not finish, the cells it
/// completed keep their outputs (from its last checkpoint), the cell it was running gets an error saying how the
/// process ended, and the rest are reported as not run.
/// </summary>
internal static class NotebookChild
{
    public static NotebookRun Run(Notebook source, NotebookLimits limits, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var path = source.SourcePath ?? throw new ArgumentException("the notebook must come from a file", nameof(source));
        var scratch = Directory.CreateTempSubdirectory("analysis-notebook-");
        try
        {
            var result = Path.Combine(scratch.FullName, "result.ipynb");
            var arguments = new List<string> { "notebooks", "worker", path, "--result", result, "--cell-timeout", limits.Cell.TotalSeconds.ToString(CultureInfo.InvariantCulture) };
            foreach (var (name, value) in parameters)
            {
                arguments.AddRange(["-p", $"{name}={value}"]);
            }

            var progress = new WorkerProgress();
            var gate = new Lock();
            var outcome = ChildProcess.RunSelf(arguments, limits.Child, Path.GetDirectoryName(path), onStdoutLine: line =>
            {
                lock (gate)
                {
                    WorkerProtocol.Read(line, progress);
                }
            });

            var written = File.Exists(result) ? NotebookFile.Read(result).Notebook : null;
            if (progress.Finished && written is not null)
            {
                return Assemble(written with { SourcePath = path }, progress, null, outcome.Elapsed);
            }

            var partial = written ?? NotebookParameters.Inject(source, parameters);
            return Assemble(partial with { SourcePath = path }, progress, Ending(outcome, limits), outcome.Elapsed);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The run as the child reported it; <paramref name="ending"/> is why the child stopped early, if it did.</summary>
    private static NotebookRun Assemble(Notebook notebook, WorkerProgress progress, (CellStatus Status, string Message)? ending, TimeSpan elapsed)
    {
        var cells = notebook.Cells.ToBuilder();
        var runs = ImmutableArray.CreateBuilder<CellRun>();
        var blamed = false;
        foreach (var (index, cell) in notebook.CodeCells)
        {
            CellRun run;
            if (progress.Ended.TryGetValue(index, out var ended))
            {
                run = new CellRun(index, cell, ended.Status, ended.Duration);
            }
            else if (ending is { } end && (progress.Running == index || (progress.Running is null && !blamed)))
            {
                // The cell running when the process ended (or, if it ended between cells, the next one) takes the blame.
                var message = progress.Running == index ? end.Message : end.Message.Replace("while this cell ran", "before this cell started", StringComparison.Ordinal);
                blamed = true;
                run = new CellRun(index, cell with { Outputs = [ErrorOutput.Of(message)], ExecutionCount = null }, end.Status, TimeSpan.Zero);
            }
            else
            {
                run = new CellRun(index, cell with { Outputs = [], ExecutionCount = null }, CellStatus.NotRun, TimeSpan.Zero);
            }

            cells[index] = run.Cell;
            runs.Add(run);
        }

        if (ending is { } missed && !blamed)
        {
            throw new NotebookProcessException(missed.Message);
        }

        return new NotebookRun(notebook with { Cells = cells.ToImmutable() }, runs.ToImmutable(), elapsed);
    }

    private static (CellStatus, string) Ending(ChildOutcome outcome, NotebookLimits limits) => outcome.End switch
    {
        ChildEnd.TimedOut => (CellStatus.TimedOut, $"The notebook's process was stopped after its time limit of {limits.Notebook.TotalSeconds:0.#} s while this cell ran."),
        ChildEnd.MemoryExceeded => (CellStatus.Failed, $"The notebook's process was stopped at its memory limit of {limits.Child.MemoryBytes / (1024 * 1024):N0} MB while this cell ran."),
        _ => (CellStatus.Failed, string.Create(CultureInfo.InvariantCulture,
            $"The notebook's process ended with exit code {outcome.ExitCode} while this cell ran (a cell that calls Environment.Exit, or crashes the runtime, ends the notebook).{LastLine(outcome.Stderr)}")),
    };

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() is { } last ? " Its last error line: " + last : "";
}
