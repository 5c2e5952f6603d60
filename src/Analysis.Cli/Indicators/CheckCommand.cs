using System.CommandLine;
using System.Globalization;
using Analysis.Cli.Indicators.Isolated;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators;

/// <summary>
/// <c>analysis indicators check PATH... [--format text|json]</c>: compiles and lints the scripts and prints
/// every diagnostic as <c>file(line,col): error ID: message</c>; exit 0 clean (warnings allowed), 1 with errors,
/// 2 when a path does not exist or names no script. With <c>--isolate</c> no script code runs in this process
/// (<see cref="IsolatedCheck"/>): the way to check a proposed, untrusted script.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Indicator scripts (.csx) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var isolation = IsolationOptions.For(
            "Run the scripts' bodies (which build their definitions) in a child process with a time and a memory limit, for untrusted scripts; "
                + "compiling and the sandbox check stay here.",
            "compiler included");
        var command = new Command("check", "Compile and lint indicator scripts; print each problem at its file, line and column.")
        {
            paths, format,
        };
        isolation.AddTo(command);
        command.SetAction(parse =>
        {
            var scripts = parse.GetRequiredValue(paths);
            var report = isolation.Parse(parse) is { } limits
                ? IsolatedCheck.Run(scripts, limits)
                : CheckReport.Of(new IndicatorCompiler().Compile(scripts));
            return Write(context, report, scripts, parse.GetValue(format));
        });
        return command;
    }

    private static int Write(CliContext context, CheckReport report, string[] paths, OutputFormat format)
    {
        if (report.Scripts == 0)
        {
            throw new UsageException($"no indicator scripts (*.csx) in {string.Join(", ", paths)}");
        }

        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(report.ToJson());
        }
        else
        {
            WriteText(context.Out, report);
        }

        return (int)(report.HasErrors ? ExitCode.CheckFailed : ExitCode.Ok);
    }

    private static void WriteText(TextWriter output, CheckReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Count(report.Scripts, "script")}, {Count(report.Indicators.Count, "indicator")}: {Count(report.Diagnostics.Count(d => d.IsError), "error")}, {Count(report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")}"));
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
