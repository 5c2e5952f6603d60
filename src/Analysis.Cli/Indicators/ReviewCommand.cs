using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Analysis.Cli.Indicators.Isolated;
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
/// <c>DIR/review.md</c> without knowing the indicator's id; review several scripts into several folders. The proposed
/// script is untrusted: it is compiled and sandbox-checked here but runs only in worker processes under the script
/// limits. The library it is compared with (indicators/, trusted) is compiled and run in this process through the cache.
/// </remarks>
internal static class ReviewCommand
{
    /// <summary>How a proposed (untrusted) script becomes diagnostics and review inputs: in worker processes, never in this one.</summary>
    private static readonly Func<string, Session, Candidate> Evaluate = EvaluateIsolated;

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
        if (candidate.Isolation is { } isolation)
        {
            context.Out.WriteLine(isolation);
        }

        context.Out.WriteLine(Timings(phases));
        return (int)(unreadable.Count > 0 ? ExitCode.UsageOrInputError : review.BlocksPublication ? ExitCode.CheckFailed : ExitCode.Ok);
    }

    /// <summary>
    /// Compiles and sandbox-checks the script here without running any of it; when it can run, evaluates it in worker
    /// processes under the script limits (<see cref="IsolatedIndicatorRun"/>): practice and decile values in its latest
    /// month while this process loads the data and the library, then practice values a year earlier for stability.
    /// </summary>
    private static Candidate EvaluateIsolated(string script, Session session)
    {
        using (var prepared = new IndicatorCompiler().Prepare([script]))
        {
            if (prepared.Paths.Count == 1 && !prepared.CanRun(prepared.Paths[0]))
            {
                return new Candidate(prepared.Diagnostics, null);
            }
        }

        var options = IsolatedRunOptions.Default with { Levels = [Level.Practice, Level.DeprivationDecile] };
        IsolatedRun latest = null!;
        try
        {
            Parallel.Invoke(
                () => latest = IsolatedIndicatorRun.Run([script], session.Settings.Data, options),
                () => _ = (session.Panel.Value, session.Library.Value));
        }
        catch (AggregateException e)
        {
            // Our own data or library failing is a usage or input error: rethrow it as itself for the exit code.
            ExceptionDispatchInfo.Throw(e.InnerExceptions.FirstOrDefault(x => x is UsageException) ?? e.InnerExceptions[0]);
        }

        var outcome = latest.Scripts.Single();
        if (!outcome.Succeeded)
        {
            return new Candidate(outcome.Diagnostics, null, Isolation(latest));
        }

        var practices = outcome.Results[Level.Practice];
        var definition = practices.Indicators.Count switch
        {
            1 => WithExclusionReasons(practices.Indicators[0], outcome.Expressions),
            0 => throw new UsageException($"'{script}' defines no indicator; a review needs one Indicator(...) or Shortfall(...)"),
            var n => throw new UsageException($"'{script}' defines {n} indicators ({string.Join(", ", practices.Indicators.Select(d => d.Id))}); a review takes a script with one"),
        };
        var period = practices.Coverage[0].Periods.Count > 0 ? practices.Coverage[0].Periods[0] : session.Panel.Value.Last;
        // A year earlier, for stability, when the data reach back that far (another worker: one more data load).
        var earlier = period.Plus(-12) >= session.Panel.Value.First
            ? IsolatedIndicatorRun.Run([script], session.Settings.Data, options with { Levels = [Level.Practice], Month = period.Plus(-12) })
            : null;
        var before = earlier?.Scripts.Single();
        var yearBefore = before is { Succeeded: true } && before.Results.TryGetValue(Level.Practice, out var found) && found.Coverage[0].RowsUsed > 0 ? found.Values : [];
        var inputs = new ReviewInputs
        {
            Practices = practices with { Indicators = [definition], Values = [.. yearBefore, .. practices.Values] },
            Deciles = outcome.Results[Level.DeprivationDecile] with { Indicators = [definition] },
            Library = session.Library.Value,
            Panel = session.Panel.Value,
        };
        var diagnostics = outcome.Diagnostics.Concat(before is null or { Succeeded: true } ? [] : before.Diagnostics.Where(d => d.IsError)).ToList();
        return new Candidate(diagnostics, inputs, earlier is null ? Isolation(latest) : Isolation(latest, earlier));
    }

    /// <summary>
    /// The definition that came back from a worker carries no expressions (they stay in the worker); its exclusions
    /// are given back their reasons for the report, with a rule that is never evaluated here.
    /// </summary>
    private static IndicatorDefinition WithExclusionReasons(IndicatorDefinition d, IndicatorExpressions? expressions) =>
        expressions is null ? d : d with { Exclusions = [.. expressions.Exclusions.Select(e => new Exclusion(e.Reason, _ => false))] };

    /// <summary>"isolated: 2 worker process(es), ready in 5.2 s, 4.9 s; script evaluated in 0.6 s, 0.3 s".</summary>
    private static string Isolation(params IsolatedRun[] runs) => string.Create(CultureInfo.InvariantCulture,
        $"isolated: {runs.Sum(r => r.Workers)} worker process(es), ready in {string.Join(", ", runs.SelectMany(r => r.LoadTimes).Select(t => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"))}; script evaluated in {string.Join(", ", runs.SelectMany(r => r.Scripts).Select(x => x.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"))}");

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
        // Both are rendered before either is written, so a failure leaves the folder as it was.
        var utf8 = new UTF8Encoding(false);
        var markdown = utf8.GetBytes(ReviewMarkdown.Render(review));
        var html = utf8.GetBytes(ReviewHtml.Page(review));
        Directory.CreateDirectory(folder);
        AtomicFile.Write(Path.Combine(folder, "review.md"), markdown);
        AtomicFile.Write(Path.Combine(folder, "review.html"), html);
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

    /// <summary>A candidate script's diagnostics, the inputs of its review when it could be evaluated, and a line on how it was isolated.</summary>
    internal sealed record Candidate(IReadOnlyList<ScriptDiagnostic> Diagnostics, ReviewInputs? Inputs, string? Isolation = null);
}
