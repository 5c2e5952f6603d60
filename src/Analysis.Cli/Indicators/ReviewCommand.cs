using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Indicators;
using Analysis.Indicators.Review;
using Analysis.Interactive.Review;

namespace Analysis.Cli.Indicators;

/// <summary>
/// <c>analysis indicators review SCRIPT [--data DIR|sample] [--library DIR] --out DIR</c>: the reviewer's report on a
/// proposed indicator script, written as <c>DIR/review.md</c> (for CI to show) and <c>DIR/review.html</c> (offline,
/// with charts). Exit 0 when no verdict blocks publication, 1 when one does or the script has any diagnostic (a
/// script that does not compile still gets a report of its diagnostics), 2 for a usage or input error.
/// </summary>
/// <remarks>
/// The files go straight into DIR, named the same for every script, so a CI job can always show
/// <c>DIR/review.md</c> without knowing the indicator's id; review several scripts into several folders. The library
/// the candidate is compared with (indicators/, trusted) is compiled in this process through the compile cache.
/// </remarks>
internal static class ReviewCommand
{
    /// <summary>
    /// How a proposed (untrusted) script becomes diagnostics and review inputs: the one line to change when the
    /// sandbox's isolated child-process run lands. Until then it is evaluated in this process.
    /// </summary>
    private static readonly Func<string, Session, Candidate> Evaluate = EvaluateInProcess;

    public static Command Create(CliContext context) => Create(context, Evaluate);

    /// <summary>The command with the evaluation step supplied (tests give one that fails or records its calls).</summary>
    internal static Command Create(CliContext context, Func<string, Session, Candidate> evaluate)
    {
        var script = new Argument<string>("SCRIPT") { Description = "The proposed indicator script (.csx)." };
        var data = DataOption.Create();
        var library = new Option<string?>("--library")
        {
            Description = "The indicator library to compare with; by default the nearest indicators/ folder at or above the current directory.",
        };
        var output = new Option<string>("--out") { Description = "The folder to write review.md and review.html into (created if need be).", Required = true };
        var command = new Command("review", "Review a proposed indicator script for a published scorecard: Markdown and HTML reports with verdicts.")
        {
            script, data, library, output,
        };
        command.SetAction(parse => Run(
            context,
            new Settings(parse.GetRequiredValue(script), parse.GetRequiredValue(data), parse.GetValue(library), parse.GetRequiredValue(output)),
            evaluate));
        return command;
    }

    internal static int Run(CliContext context, Settings settings, Func<string, Session, Candidate> evaluate)
    {
        if (!File.Exists(settings.Script))
        {
            throw new UsageException($"no script '{settings.Script}' (give the path of an indicator script, .csx)");
        }

        if (File.Exists(settings.Output))
        {
            throw new UsageException($"--out: '{settings.Output}' is a file; give a folder for review.md and review.html");
        }

        if (!settings.Data.Equals(NhsData.Sample, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(settings.Data))
        {
            throw new UsageException($"--data: no folder '{settings.Data}' (give a folder of publication files, or 'sample')");
        }

        var clock = Stopwatch.StartNew();
        var libraryFolder = LibraryFolder(settings.Library);
        var unreadable = new List<string>();
        var phases = new List<(string Name, TimeSpan At)>();
        var panel = new Lazy<Panel>(() =>
        {
            var loaded = DataOption.Load(settings.Data);
            unreadable.AddRange(loaded.Unreadable.Select(f => f.Reason));
            var built = Panel.Build(loaded);
            phases.Add(("data", clock.Elapsed));
            return built;
        });
        var engine = new IndicatorEngine();
        var library = new Lazy<IndicatorResults>(() =>
        {
            var results = engine.Run(panel.Value, CompileLibrary(libraryFolder), Level.Practice);
            phases.Add(("library", clock.Elapsed));
            return results;
        });
        var candidate = evaluate(settings.Script, new Session(settings, panel, library, engine));
        var review = ScriptReview.Of(settings.Script, candidate.Diagnostics, candidate.Inputs is { } inputs ? IndicatorReview.Assess(inputs) : null);
        phases.Add(("candidate", clock.Elapsed));

        Write(settings.Output, review);
        phases.Add(("report", clock.Elapsed));
        foreach (var problem in unreadable)
        {
            context.Error.WriteLine($"error: {problem}");
        }

        Summarise(context, review, settings.Output);
        context.Out.WriteLine(Timings(phases));
        return (int)(unreadable.Count > 0 ? ExitCode.UsageOrInputError : review.BlocksPublication ? ExitCode.CheckFailed : ExitCode.Ok);
    }

    /// <summary>
    /// Compiles the script here and, when it gives one indicator without errors, evaluates it with the engine; an
    /// exception from the script's expressions while they run becomes a diagnostic at its definition.
    /// </summary>
    private static Candidate EvaluateInProcess(string script, Session session)
    {
        var compiled = new IndicatorCompiler().Compile([script]);
        if (compiled.HasErrors)
        {
            return new Candidate(compiled.Diagnostics, null);
        }

        var definition = compiled.Indicators.Count switch
        {
            1 => compiled.Indicators[0],
            0 => throw new UsageException($"'{script}' defines no indicator; a review needs one Indicator(...) or Shortfall(...)"),
            var n => throw new UsageException($"'{script}' defines {n} indicators ({string.Join(", ", compiled.Indicators.Select(d => d.Id))}); a review takes a script with one"),
        };
        // The data and the library are ours: their failures are input errors, raised here, outside the script's try.
        var (panel, library) = (session.Panel.Value, session.Library.Value);
        try
        {
            return new Candidate(compiled.Diagnostics, ReviewInputs.Evaluate(definition, panel, library, session.Engine));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the script's expressions throw while the engine runs them (a division by zero, a file it may not
            // read) is the script's error, reported at its definition rather than ending the review.
            var failed = new ScriptDiagnostic(definition.Source.Path, definition.Source.Line, 1, "IND901", DiagnosticSeverity.Error,
                $"evaluating {definition.Id} over the data failed: {e.GetType().Name}: {e.Message}");
            return new Candidate([.. compiled.Diagnostics, failed], null);
        }
    }

    private static IReadOnlyList<IndicatorDefinition> CompileLibrary(string folder)
    {
        try
        {
            return IndicatorLibrary.Load(folder);
        }
        catch (IndicatorLibraryException e)
        {
            throw new UsageException("the library the review compares with does not compile cleanly: " + e.Message);
        }
    }

    /// <summary>The library folder given, or the nearest indicators/ at or above the current directory.</summary>
    private static string LibraryFolder(string? given)
    {
        if (given is not null)
        {
            return Directory.Exists(given) ? given : throw new UsageException($"--library: no folder '{given}'");
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "indicators");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException("no indicators/ folder at or above the current directory to compare with; give --library DIR");
    }

    private static void Write(string folder, ScriptReview review)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        AtomicFile.Write(Path.Combine(folder, "review.md"), utf8.GetBytes(ReviewMarkdown.Render(review)));
        AtomicFile.Write(Path.Combine(folder, "review.html"), utf8.GetBytes(ReviewHtml.Page(review)));
    }

    private static void Summarise(CliContext context, ScriptReview review, string folder)
    {
        foreach (var diagnostic in review.Diagnostics)
        {
            context.Error.WriteLine(diagnostic);
        }

        var name = review.Review is { } r ? $"{r.Indicator.Id} ({review.Script})" : review.Script;
        context.Out.WriteLine($"review of {name}: {(review.BlocksPublication ? "blocks publication" : "no blocking verdict")}");
        foreach (var verdict in review.Verdicts.Where(v => v.Outcome is VerdictOutcome.Blocking or VerdictOutcome.Advisory))
        {
            context.Out.WriteLine($"  {verdict.Outcome.ToString().ToLowerInvariant(),-9} {verdict.Check}: {verdict.Message}");
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {Path.Combine(folder, "review.md")} and {Path.Combine(folder, "review.html")}"));
    }

    /// <summary>"took 9.1 s (data 4.2 s, library 3.0 s, candidate 1.1 s, report 0.8 s)": each phase's own time.</summary>
    private static string Timings(IReadOnlyList<(string Name, TimeSpan At)> phases)
    {
        var parts = phases.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {(p.At - (i == 0 ? TimeSpan.Zero : phases[i - 1].At)).TotalSeconds:0.0} s"));
        return string.Create(CultureInfo.InvariantCulture, $"took {phases[^1].At.TotalSeconds:0.0} s ({string.Join(", ", parts)})");
    }

    /// <summary>The parsed command line: the script, the data source, the library folder (null to search), the output folder.</summary>
    internal sealed record Settings(string Script, string Data, string? Library, string Output);

    /// <summary>What evaluating a candidate may draw on, each made only when first used (a script that does not compile needs none).</summary>
    internal sealed record Session(Settings Settings, Lazy<Panel> Panel, Lazy<IndicatorResults> Library, IndicatorEngine Engine);

    /// <summary>A candidate script's diagnostics and, when it could be evaluated, the inputs of its review.</summary>
    internal sealed record Candidate(IReadOnlyList<ScriptDiagnostic> Diagnostics, ReviewInputs? Inputs);
}
