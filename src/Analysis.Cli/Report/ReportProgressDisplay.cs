using Analysis.Reports;
using Spectre.Console;

namespace Analysis.Cli.Report;

/// <summary>A Spectre.Console progress bar per stage, shown only when the command writes to an interactive terminal.</summary>
internal static class ReportProgressDisplay
{
    public static bool IsInteractive(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static ReportOutcome WithBar(CliContext context, Func<IProgress<ReportProgress>, ReportOutcome> build)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx => build(new Bars(ctx)));
    }

    /// <summary>Moves each stage's bar; called from the page-writing threads, so every update takes a lock.</summary>
    private sealed class Bars(ProgressContext context) : IProgress<ReportProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<ReportStage, ProgressTask> _tasks = [];

        public void Report(ReportProgress value)
        {
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.Stage, out var task))
                {
                    task = _tasks[value.Stage] = context.AddTask(Describe(value.Stage), maxValue: Math.Max(1, value.Total));
                }

                task.MaxValue = Math.Max(1, value.Total);
                task.Value = value.Done;
                if (value.Done >= value.Total)
                {
                    // Stops the task's clock, so each bar's elapsed time is its own stage's.
                    task.StopTask();
                }

                context.Refresh();
            }
        }

        private static string Describe(ReportStage stage) => stage switch
        {
            ReportStage.BuildingPanel => "Panel",
            ReportStage.Computing => "Indicators",
            ReportStage.WritingAreas => "Area pages",
            ReportStage.WritingPractices => "Practice pages",
            _ => "Finishing",
        };
    }
}
