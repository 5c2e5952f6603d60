using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;

namespace Analysis.Cli.Notebooks;

/// <summary>
/// <c>analysis notebooks worker NOTEBOOK --result FILE</c> (hidden): runs one notebook in this process for a parent
/// <c>run</c> or <c>test</c>, printing each cell's start and end, writing the executed notebook to FILE as it goes
/// (a checkpoint at most every two seconds, whole files only) and once more at the end.
/// </summary>
internal static class WorkerCommand
{
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(2);

    public static Command Create(CliContext context)
    {
        var notebook = new Argument<string>("NOTEBOOK");
        var result = new Option<string>("--result") { Required = true };
        var cellTimeout = new Option<double>("--cell-timeout") { DefaultValueFactory = _ => 300 };
        var parameters = new Option<string[]>("--parameter", "-p") { DefaultValueFactory = _ => [] };
        var command = new Command("worker", "Run one notebook for a parent process.") { notebook, result, cellTimeout, parameters };
        command.Hidden = true;
        command.SetAction(parse => Run(
            context,
            parse.GetRequiredValue(notebook),
            parse.GetRequiredValue(result),
            TimeSpan.FromSeconds(parse.GetValue(cellTimeout)),
            [.. parse.GetRequiredValue(parameters).Select(NotebookParameters.Parse)]));
        return command;
    }

    private static int Run(CliContext context, string path, string result, TimeSpan cellTimeout, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var read = NotebookFile.Read(path);
        if (!read.Succeeded)
        {
            context.Error.WriteLine(read.Problem);
            return (int)ExitCode.UsageOrInputError;
        }

        var lastCheckpoint = Stopwatch.StartNew();
        var options = new ExecutionOptions
        {
            CellTimeout = cellTimeout,
            NotebookTimeout = TimeSpan.FromDays(1), // the parent owns the notebook's wall clock and kills this process at it
            Parameters = parameters,
            CellStarting = (index, _) => Say(context, WorkerProtocol.Started(index)),
            CellCompleted = run =>
            {
                Say(context, WorkerProtocol.Ended(run.Cells[^1]));
                if (lastCheckpoint.Elapsed >= CheckpointEvery)
                {
                    NotebookFile.Write(run.Notebook with { SourcePath = null }, result);
                    lastCheckpoint.Restart();
                }
            },
        };

        var finished = NotebookExecutor.RunAsync(read.Notebook, options).GetAwaiter().GetResult();
        NotebookFile.Write(finished.Notebook with { SourcePath = null }, result);
        Say(context, WorkerProtocol.Finished);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ran {finished.Cells.Length} code cells in {finished.Duration.TotalSeconds:0.0} s"));
        return (int)ExitCode.Ok;
    }

    private static void Say(CliContext context, string line)
    {
        // A cell may write to the raw standard output without a newline; starting on a new line keeps this one whole.
        context.Out.WriteLine();
        context.Out.WriteLine(line);
        context.Out.Flush();
    }
}
