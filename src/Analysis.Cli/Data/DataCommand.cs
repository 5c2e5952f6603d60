using System.CommandLine;

namespace Analysis.Cli.Data;

/// <summary>The <c>analysis data</c> verbs: inspect publication files, write the synthetic sample, fetch publications, summarise supply against need.</summary>
internal static class DataCommand
{
    public static Command Create(CliContext context) => new("data", "Inspect NHS publication files, write the synthetic sample, fetch publications.")
    {
        InspectCommand.Create(context),
        FetchCommand.Create(context),
        SampleCommand.Create(context),
        SummaryCommand.Create(context),
    };
}
