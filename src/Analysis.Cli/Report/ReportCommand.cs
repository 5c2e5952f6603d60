using System.CommandLine;
using System.Globalization;
using Analysis.Data;
using Analysis.Data.Periods;
using Analysis.Indicators;
using Analysis.Reports;

namespace Analysis.Cli.Report;

/// <summary>
/// <c>analysis report [--data DIR|sample] [--period latest|yyyy-MM] [--indicators DIR] --out DIR</c>: compiles the
/// indicator library, builds the static scorecard site from the data, and replaces the output folder with it once
/// it is complete; a progress bar on a terminal, plain lines otherwise.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var data = DataOption.Create();
        var period = new Option<string>("--period")
        {
            Description = "latest (the default: each indicator's latest month with data) or a month as yyyy-MM.",
            DefaultValueFactory = _ => "latest",
        };
        var indicators = new Option<string?>("--indicators")
        {
            Description = "The folder of indicator scripts (.csx); by default the nearest 'indicators' folder in or above the current one.",
        };
        var output = new Option<string>("--out") { Description = "The folder to write the site to; replaced whole, only once the new site is complete.", Required = true };
        var command = new Command("report", "Write the static scorecard site: England, under-doctored areas, a page per area and a scorecard per practice.")
        {
            data, period, indicators, output,
        };
        command.SetAction(parse => Run(context, new ReportSettings(
            parse.GetRequiredValue(data),
            ParsePeriod(parse.GetRequiredValue(period)),
            parse.GetValue(indicators),
            parse.GetRequiredValue(output))));
        return command;
    }

    internal static int Run(CliContext context, ReportSettings settings)
    {
        try
        {
            // Checked before the data is read, so a wrong --out fails at once rather than after the build.
            ReportSite.CheckOutputFolder(settings.Output);
            var folder = settings.Indicators ?? FindIndicators(Directory.GetCurrentDirectory())
                ?? throw new UsageException("no 'indicators' folder in or above the current folder; give one with --indicators DIR");
            var library = Compile(folder);
            context.Out.WriteLine(Invariant($"Loading data from {settings.Data}…"));
            var nhs = DataOption.Load(settings.Data);
            foreach (var file in nhs.Unreadable)
            {
                context.Error.WriteLine($"error: {file.Reason}");
            }

            var sample = settings.Data.Equals(NhsData.Sample, StringComparison.OrdinalIgnoreCase);
            var request = new ReportRequest
            {
                Data = nhs,
                Indicators = library,
                OutputFolder = settings.Output,
                Period = settings.Period,
                Synthetic = sample,
                SourceName = sample ? "the built-in synthetic sample (analysis data sample)" : "the NHS publication files in " + Path.GetFileName(Path.GetFullPath(settings.Data).TrimEnd(Path.DirectorySeparatorChar)),
            };
            var outcome = ReportProgressDisplay.IsInteractive(context)
                ? ReportProgressDisplay.WithBar(context, progress => ReportSite.Build(request, progress))
                : ReportSite.Build(request, new ReportProgressLines(context.Out));
            Summary(context.Out, outcome);
            return (int)(nhs.Unreadable.Count == 0 ? ExitCode.Ok : ExitCode.UsageOrInputError);
        }
        catch (ReportFolderException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ArgumentException e) when (e.ParamName == "request")
        {
            throw new UsageException(e.Message.Replace(" (Parameter 'request')", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>The nearest <c>indicators</c> folder holding scripts, in <paramref name="start"/> or a folder above it.</summary>
    internal static string? FindIndicators(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "indicators");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.csx", SearchOption.AllDirectories).Any())
            {
                return candidate;
            }
        }

        return null;
    }

    private static IReadOnlyList<IndicatorDefinition> Compile(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--indicators: no folder '{folder}'");
        }

        try
        {
            var library = IndicatorLibrary.Load(folder);
            return library.Count > 0 ? library : throw new UsageException($"--indicators: no indicator scripts in {folder}");
        }
        catch (IndicatorLibraryException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static Month? ParsePeriod(string text) =>
        text.Equals("latest", StringComparison.OrdinalIgnoreCase) ? null
        : Month.Parse(text) is { Success: true } month ? month.Value
        : throw new UsageException($"--period: '{text}' is not latest or a month as yyyy-MM");

    private static void Summary(TextWriter output, ReportOutcome outcome)
    {
        output.WriteLine(Invariant($"Wrote {outcome.PracticePages:N0} practice pages and {outcome.AreaPages:N0} area pages to {outcome.Folder}: {outcome.Files:N0} files, {outcome.Bytes / 1e6:0.0} MB."));
        output.WriteLine(Invariant($"Computed in {outcome.Compute.TotalSeconds:0.0} s; written in {outcome.Write.TotalSeconds:0.0} s, the practice pages in {outcome.PracticeWrite.TotalSeconds:0.0} s ({outcome.PracticePagesPerSecond:N0} a second)."));
        foreach (var line in outcome.Unavailable)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine("Open " + Path.Combine(outcome.Folder, "index.html"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
