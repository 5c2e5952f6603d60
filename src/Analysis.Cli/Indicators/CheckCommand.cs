using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators;

/// <summary>
/// <c>analysis indicators check PATH... [--format text|json]</c>: compiles and lints the scripts and prints
/// every diagnostic as <c>file(line,col): error ID: message</c>; exit 0 clean (warnings allowed), 1 with errors,
/// 2 when a path does not exist or names no script.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Indicator scripts (.csx) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var command = new Command("check", "Compile and lint indicator scripts; print each problem at its file, line and column.")
        {
            paths, format,
        };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(paths), parse.GetValue(format)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, OutputFormat format)
    {
        var result = new IndicatorCompiler().Compile(paths);
        if (result.Scripts == 0)
        {
            throw new UsageException($"no indicator scripts (*.csx) in {string.Join(", ", paths)}");
        }

        if (format == OutputFormat.Json)
        {
            WriteJson(context.Out, result);
        }
        else
        {
            WriteText(context.Out, result);
        }

        return (int)(result.HasErrors ? ExitCode.CheckFailed : ExitCode.Ok);
    }

    private static void WriteText(TextWriter output, CompileResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Count(result.Scripts, "script")}, {Count(result.Indicators.Count, "indicator")}: {Count(result.Errors.Count(), "error")}, {Count(result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")}"));
    }

    private static void WriteJson(TextWriter output, CompileResult result)
    {
        var document = new
        {
            scripts = result.Scripts,
            indicators = result.Indicators.Select(d => new { id = d.Id, title = d.Title, path = d.Source.Path, line = d.Source.Line }),
            errors = result.Errors.Count(),
            warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            fromCache = result.Timings.FromCache,
            milliseconds = Math.Round(result.Timings.Total.TotalMilliseconds),
            diagnostics = result.Diagnostics.Select(d => new
            {
                path = d.Path,
                line = d.Line,
                column = d.Column,
                id = d.Id,
                severity = d.Severity.ToString().ToLowerInvariant(),
                message = d.Message,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
