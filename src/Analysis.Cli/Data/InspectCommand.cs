using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analysis.Data;
using Analysis.Data.Reading;

namespace Analysis.Cli.Data;

/// <summary><c>analysis data inspect PATH... [--format text|json]</c>: what each file is and what reading it found.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Publication files (CSV or XLSX).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var period = new Option<string?>("--period")
        {
            Description = "The period of files that do not state it: census month (2024-09), financial year (2024-25) or survey year (2024).",
        };
        var command = new Command("inspect", "Identify each file's publication and vintage, count its rows, list mapped and unmapped columns and problems.")
        {
            paths, format, period,
        };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(paths), parse.GetValue(format), new ReaderOptions { Period = parse.GetValue(period) }));
        return command;
    }

    private static int Run(CliContext context, string[] paths, OutputFormat format, ReaderOptions options)
    {
        var reports = new List<ReadReport>();
        var failures = new List<(string Path, string Message)>();
        foreach (var path in paths)
        {
            try
            {
                reports.Add(NhsFile.Inspect(path, options));
            }
            catch (Exception e) when (e is DataFormatException or IOException or UnauthorizedAccessException)
            {
                failures.Add((path, e.Message));
            }
        }

        if (format == OutputFormat.Json)
        {
            WriteJson(context.Out, reports, failures);
        }
        else
        {
            WriteText(context.Out, reports);
        }

        foreach (var (_, message) in failures)
        {
            context.Error.WriteLine($"error: {message}");
        }

        return (int)(failures.Count == 0 ? ExitCode.Ok : ExitCode.UsageOrInputError);
    }

    private static void WriteText(TextWriter output, IReadOnlyList<ReadReport> reports)
    {
        foreach (var r in reports)
        {
            output.WriteLine(r.Path);
            output.WriteLine(Invariant($"  kind:      {r.Kind}"));
            output.WriteLine(Invariant($"  vintage:   {r.Vintage}"));
            output.WriteLine(Invariant($"  period:    {r.Period ?? "not stated (give --period to read records)"}"));
            output.WriteLine(Invariant($"  encoding:  {r.Encoding}{(r.Sheet is null ? string.Empty : $" (sheet {r.Sheet})")}"));
            output.WriteLine(Invariant($"  rows:      {r.DataRows} (read {r.RowsRead}, skipped {r.Skipped.Values.Sum()}, rejected {r.RowsRejected})"));
            foreach (var (reason, count) in r.Skipped)
            {
                output.WriteLine(Invariant($"    skipped {count}: {reason}"));
            }

            output.WriteLine(Invariant($"  mapped:    {r.MappedColumns.Count} columns"));
            foreach (var (field, header) in r.MappedColumns)
            {
                output.WriteLine(Invariant($"    {field} <- '{header.ReplaceLineEndings(" ")}'"));
            }

            output.WriteLine(Invariant($"  unmapped:  {r.UnmappedColumns.Count} columns"));
            foreach (var header in r.UnmappedColumns)
            {
                output.WriteLine(Invariant($"    '{header.ReplaceLineEndings(" ")}'"));
            }

            output.WriteLine(Invariant($"  problems:  {r.IssueCount}"));
            foreach (var issue in r.Issues)
            {
                output.WriteLine($"    {issue}");
            }
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<ReadReport> reports, IReadOnlyList<(string Path, string Message)> failures)
    {
        var document = new
        {
            files = reports.Select(r => new
            {
                path = r.Path,
                kind = r.Kind.ToString(),
                vintage = r.Vintage,
                period = r.Period,
                encoding = r.Encoding,
                sheet = r.Sheet,
                rows = r.DataRows,
                rowsRead = r.RowsRead,
                skipped = r.Skipped,
                rowsRejected = r.RowsRejected,
                mappedColumns = r.MappedColumns,
                unmappedColumns = r.UnmappedColumns,
                problemCount = r.IssueCount,
                problems = r.Issues.Select(i => new { line = i.Line, column = i.Column, value = i.Value, code = i.Code.ToString(), message = i.Message }),
            }),
            errors = failures.Select(f => new { path = f.Path, message = f.Message }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
