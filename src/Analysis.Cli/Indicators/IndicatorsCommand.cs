using System.CommandLine;

namespace Analysis.Cli.Indicators;

/// <summary>The <c>analysis indicators</c> verbs: check indicator scripts (and, with the engine, run them).</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context) => new("indicators", "Compile, lint and run indicator scripts (.csx).")
    {
        CheckCommand.Create(context),
    };
}
