using System.Collections.Immutable;
using System.Diagnostics;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Formatting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Runs a notebook's C# cells in this process, in order, on one Roslyn script chain, as the .NET Interactive
/// kernel does: in the notebook's folder, under the invariant culture, skipping markdown and tagged cells, and
/// stopping at the first cell that fails unexpectedly (later cells are reported as not run). A cell that hangs
/// is abandoned at its time limit; only a separate process can stop it, which is why the command line runs each
/// notebook in a child process.
/// </summary>
public static class NotebookExecutor
{
    // The working directory and the console are process-wide, so one notebook runs at a time per process.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Why the notebook cannot run here at all (none of its cells is C#), or null when it can.</summary>
    public static string? CannotRun(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var code = notebook.CodeCells.Select(c => c.Cell).ToList();
        if (code.Count == 0 || code.Any(c => c.Kernel == KernelNames.CSharp))
        {
            return null;
        }

        var spec = notebook.Metadata["kernelspec"]?["name"]?.ToString() ?? "none";
        return $"none of the notebook's code cells is C#: its kernel is '{notebook.DefaultKernel}' (kernelspec '{spec}'); the headless runner runs C# notebooks (.NET Interactive, kernelspec '.net-csharp')";
    }

    /// <summary>Runs the notebook and returns it with its new outputs and what happened to each code cell.</summary>
    public static async Task<NotebookRun> RunAsync(Notebook notebook, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        notebook = NotebookParameters.Inject(notebook, options.Parameters);
        var directory = options.WorkingDirectory
            ?? (notebook.SourcePath is { } source ? Path.GetDirectoryName(source)! : Environment.CurrentDirectory);
        var name = notebook.SourcePath is { } file ? Path.GetFileName(file) : "notebook";

        await OneAtATime.WaitAsync().ConfigureAwait(false);
        var saved = Environment.CurrentDirectory;
        try
        {
            ConsoleRouter.Install();
            Environment.CurrentDirectory = directory;
            using var session = new NotebookSession(directory, name);
            return await RunCellsAsync(notebook, options, session).ConfigureAwait(false);
        }
        finally
        {
            Environment.CurrentDirectory = saved;
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRun> RunCellsAsync(Notebook notebook, ExecutionOptions options, NotebookSession session)
    {
        var clock = Stopwatch.StartNew();
        var cells = notebook.Cells.ToBuilder();
        var runs = ImmutableArray.CreateBuilder<CellRun>();
        var charts = new ChartNumbers();
        var stopped = false;
        var count = 0;
        foreach (var (index, cell) in notebook.CodeCells)
        {
            var cellClock = Stopwatch.StartNew();
            CellRun run;
            var remaining = options.NotebookTimeout - clock.Elapsed;
            if (stopped || remaining <= TimeSpan.Zero)
            {
                run = new CellRun(index, cell with { Outputs = [], ExecutionCount = null }, CellStatus.NotRun, TimeSpan.Zero);
            }
            else if (cell.HasTag("skip-execution") || cell.HasTag("nbval-skip") || cell.Kernel == KernelNames.Markdown)
            {
                run = new CellRun(index, cell, CellStatus.Skipped, TimeSpan.Zero);
            }
            else if (cell.Kernel != KernelNames.CSharp)
            {
                var error = ErrorOutput.Of(CellDirectives.Error(0, 1, "NB0001",
                    $"this cell is in '{cell.Kernel}'; the headless runner runs C# only (tag the cell skip-execution to leave it to VS Code)"));
                run = new CellRun(index, cell with { Outputs = [error], ExecutionCount = null }, CellStatus.Failed, TimeSpan.Zero);
            }
            else
            {
                options.CellStarting?.Invoke(index, cell);
                var prepared = CellDirectives.Prepare(cell.Source, notebook.Kernels);
                var limit = remaining < options.CellTimeout ? remaining : options.CellTimeout;
                var capture = new CellCapture(options.MaxStreamChars, charts);
                var (outputs, status) = await session.RunAsync(prepared, index + 1, limit, capture).ConfigureAwait(false);
                run = new CellRun(index, cell with { Outputs = outputs, ExecutionCount = ++count }, status, cellClock.Elapsed);
            }

            stopped |= run.IsUnexpectedError;
            cells[index] = run.Cell;
            runs.Add(run);
            options.CellCompleted?.Invoke(new NotebookRun(notebook with { Cells = cells.ToImmutable() }, runs.ToImmutable(), clock.Elapsed));
        }

        return new NotebookRun(notebook with { Cells = cells.ToImmutable() }, runs.ToImmutable(), clock.Elapsed);
    }
}
