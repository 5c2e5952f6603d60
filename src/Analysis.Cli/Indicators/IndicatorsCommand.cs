using System.CommandLine;

namespace Analysis.Cli.Indicators;

/// <summary>The <c>analysis indicators</c> verbs: check indicator scripts and run them over the data.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context) => new("indicators", "Compile, lint and run indicator scripts (.csx).")
    {
        CheckCommand.Create(context),
        RunCommand.Create(context),
        ReviewCommand.Create(context),
        Isolated.WorkerCommand.Create(context),
    };
}
