using System.CommandLine;
using Analysis.Data.Geography;
using Analysis.Data.Panels;

namespace Analysis.Cli.Data;

/// <summary>
/// <c>analysis data summary [--data DIR|sample] [--level region|icb|sub-icb|pcn]</c>: where the data's England
/// is under-doctored, as GP FTE per 10,000 weighted patients by area against the England rate.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CliContext context)
    {
        var data = DataOption.Create();
        var level = new Option<AreaLevel>("--level") { Description = "Region (default), Icb, SubIcb or Pcn.", DefaultValueFactory = _ => AreaLevel.Region };
        var command = new Command("summary", "Print GP FTE per 10,000 weighted patients by area against England, most under-doctored first.")
        {
            data, level,
        };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(data), parse.GetValue(level)));
        return command;
    }

    /// <summary>Prints the summary of already-loaded data; unreadable files are reported and make the exit code 2.</summary>
    public static int Write(CliContext context, Analysis.Data.NhsData data, AreaLevel level)
    {
        foreach (var file in data.Unreadable)
        {
            context.Error.WriteLine($"error: {file.Reason}");
        }

        UnderDoctoredTable.Write(context.Out, Panel.Build(data), level);
        return (int)(data.Unreadable.Count == 0 ? ExitCode.Ok : ExitCode.UsageOrInputError);
    }

    private static int Run(CliContext context, string source, AreaLevel level) => Write(context, DataOption.Load(source), level);
}
