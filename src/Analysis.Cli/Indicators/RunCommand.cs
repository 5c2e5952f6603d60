using System.CommandLine;
using System.Globalization;
using Analysis.Cli.Indicators.Isolated;
using Analysis.Cli.Isolation;
using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators;

/// <summary>
/// <c>analysis indicators run PATH... [--data DIR|sample] [--level L] [--period P] --out FILE.csv|.json</c>:
/// compiles the indicator scripts, evaluates them over the data's panel at a level, writes the values (CSV) or
/// everything with coverage (JSON), and prints each indicator's coverage. With <c>--isolate</c> the scripts are
/// untrusted: each is evaluated in a worker process under a time and a memory limit, a script that fails does so
/// alone (exit 1), and the others' values are still written.
/// </summary>
internal static class RunCommand
{
    private static readonly Dictionary<string, Level> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["practice"] = Level.Practice, ["pcn"] = Level.Pcn, ["sub-icb"] = Level.SubIcb, ["icb"] = Level.Icb, ["region"] = Level.Region,
        ["england"] = Level.England, ["imd-quintile"] = Level.DeprivationQuintile, ["imd-decile"] = Level.DeprivationDecile,
    };

    /// <summary>The command, compiling scripts with the indicator compiler.</summary>
    public static Command Create(CliContext context) => Create(context, CompileScripts);

    /// <summary>The command with the step that turns script paths into definitions supplied (the compiler, or definitions made in code).</summary>
    internal static Command Create(CliContext context, Func<IReadOnlyList<string>, IReadOnlyList<IndicatorDefinition>> compile)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Indicator scripts (.csx) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var data = DataOption.Create();
        var level = new Option<string>("--level")
        {
            Description = "practice, pcn, sub-icb, icb (the default), region, england, imd-quintile or imd-decile.",
            DefaultValueFactory = _ => "icb",
        };
        var period = new Option<string>("--period")
        {
            Description = "latest (the default: each indicator's latest month with data), all (every month with data), or a month as yyyy-MM.",
            DefaultValueFactory = _ => "latest",
        };
        var output = new Option<string>("--out") { Description = "The file to write: .csv for the values, .json for values, coverage and metadata.", Required = true };
        var isolation = IsolationOptions.For(
            "Evaluate each script in a worker process with a time limit per script and a memory limit (for untrusted scripts); "
                + "a script that fails, fails alone: the others' values are written and the exit code is 1.",
            "data included");
        var command = new Command("run", "Evaluate indicator scripts over the data at a level and write the values.")
        {
            paths, data, level, period, output,
        };
        isolation.AddTo(command);
        command.SetAction(parse =>
        {
            var (month, allMonths) = ParsePeriod(parse.GetRequiredValue(period));
            var settings = new Settings(parse.GetRequiredValue(paths), parse.GetRequiredValue(data), ParseLevel(parse.GetRequiredValue(level)), month, allMonths, CheckOutput(parse.GetRequiredValue(output)));
            return isolation.Parse(parse) is { } limits
                ? RunIsolated(context, settings, IsolatedRunOptions.Default with { Limits = limits })
                : Run(context, settings, compile, DataOption.Load);
        });
        return command;
    }

    /// <summary>Runs with settings already parsed; <paramref name="load"/> reads the data source.</summary>
    internal static int Run(CliContext context, Settings settings, Func<IReadOnlyList<string>, IReadOnlyList<IndicatorDefinition>> compile, Func<string, NhsData> load)
    {
        var definitions = compile(settings.Paths);
        if (definitions.Count == 0)
        {
            throw new UsageException($"no indicators found in {string.Join(", ", settings.Paths)}");
        }

        var data = load(settings.Data);
        foreach (var file in data.Unreadable)
        {
            context.Error.WriteLine($"error: {file.Reason}");
        }

        var panel = Panel.Build(data);
        var engine = new IndicatorEngine();
        var results = settings.AllMonths ? engine.RunAllMonths(panel, definitions, settings.Level) : engine.Run(panel, definitions, settings.Level, settings.Month);

        if (Path.GetExtension(settings.Output).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            results.WriteJson(settings.Output);
        }
        else
        {
            results.WriteCsv(settings.Output);
        }

        WriteSummary(context.Out, results, settings);
        return (int)(data.Unreadable.Count == 0 ? ExitCode.Ok : ExitCode.UsageOrInputError);
    }

    /// <summary>Runs the scripts isolated (see <see cref="IsolatedIndicatorRun"/>): exit 0 when every script gave values, 1 when any failed, 2 for unreadable data.</summary>
    internal static int RunIsolated(CliContext context, Settings settings, IsolatedRunOptions options)
    {
        if (!settings.Data.Equals(NhsData.Sample, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(settings.Data))
        {
            DataOption.Load(settings.Data); // the usage error, worded as everywhere else
        }

        var run = IsolatedIndicatorRun.Run(settings.Paths, settings.Data, options with { Levels = [settings.Level], Month = settings.Month, AllMonths = settings.AllMonths });
        if (run.Scripts.Count == 0)
        {
            throw new UsageException($"no indicators found in {string.Join(", ", settings.Paths)}");
        }

        foreach (var reason in run.Unreadable)
        {
            context.Error.WriteLine($"error: {reason}");
        }

        foreach (var error in run.Scripts.SelectMany(s => s.Diagnostics).Where(d => d.IsError))
        {
            context.Error.WriteLine(error);
        }

        var results = run.Merged(settings.Level);
        if (Path.GetExtension(settings.Output).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            results.WriteJson(settings.Output);
        }
        else
        {
            results.WriteCsv(settings.Output);
        }

        WriteSummary(context.Out, results, settings);
        WriteIsolation(context.Out, run);
        return (int)(run.Unreadable.Count > 0 ? ExitCode.UsageOrInputError : run.Succeeded ? ExitCode.Ok : ExitCode.CheckFailed);
    }

    private static void WriteIsolation(TextWriter output, IsolatedRun run)
    {
        var failed = run.Scripts.Count(s => !s.Succeeded);
        var evaluated = run.Scripts.Where(s => s.Elapsed > TimeSpan.Zero).ToList();
        var load = run.LoadTimes.Count == 0 ? 0 : run.LoadTimes.Average(t => t.TotalSeconds);
        var perScript = evaluated.Count == 0 ? 0 : evaluated.Average(s => s.Elapsed.TotalMilliseconds);
        output.WriteLine(Invariant($"isolated: {run.Scripts.Count} script(s), {failed} failed; {run.Workers} worker process(es), each ready in {load:0.0} s on average (start, compile from cache, data); {perScript:0} ms per script evaluated; {run.Total.TotalSeconds:0.0} s in all"));
    }

    // Wired to the indicator compiler when the compiler and this command meet; until then scripts cannot be read.
    // Scripts with errors are input errors (exit 2); their diagnostics are the message, one per line.
    private static IReadOnlyList<IndicatorDefinition> CompileScripts(IReadOnlyList<string> paths)
    {
        var result = new IndicatorCompiler().Compile(paths);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0
            ? result.Indicators
            : throw new UsageException("the indicator scripts do not compile cleanly:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static Level ParseLevel(string text) =>
        Levels.TryGetValue(text, out var level) || (Enum.TryParse(text, ignoreCase: true, out level) && Enum.IsDefined(level))
            ? level
            : throw new UsageException($"--level: '{text}' is not a level; give one of {string.Join(", ", Levels.Keys)}");

    private static (Month? Month, bool AllMonths) ParsePeriod(string text) => text.ToLowerInvariant() switch
    {
        "latest" => (null, false),
        "all" => (null, true),
        _ => Month.Parse(text) is { Success: true } month
            ? (month.Value, false)
            : throw new UsageException($"--period: '{text}' is not latest, all or a month as yyyy-MM"),
    };

    private static string CheckOutput(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".json"
            ? path
            : throw new UsageException($"--out: '{path}' should end in .csv or .json");

    private static void WriteSummary(TextWriter output, IndicatorResults results, Settings settings)
    {
        var periods = settings.AllMonths ? "every month with data" : settings.Month?.ToString() ?? "each indicator's latest month with data";
        output.WriteLine(Invariant($"{results.Indicators.Count} indicator(s) by {Names(results.Level)}, {periods}: {results.Values.Count:N0} values written to {settings.Output}"));
        foreach (var c in results.Coverage)
        {
            var when = c.Periods.Count switch
            {
                0 => "no month",
                1 => c.Periods[0].ToString(),
                _ => $"{c.Periods[0]} to {c.Periods[^1]}",
            };
            var reasons = c.Excluded.Select(r => Invariant($"excluded {r.Reason} {r.Rows:N0}"))
                .Concat(c.Missing.Select(r => Invariant($"{r.Reason} {r.Rows:N0}")))
                .ToList();
            output.WriteLine(Invariant($"  {c.IndicatorId,-8} {when,-18} {c.RowsUsed:N0} of {c.RowsInPeriod:N0} practice-months used{(reasons.Count > 0 ? "; " + string.Join("; ", reasons) : string.Empty)}"));
        }
    }

    private static string Names(Level level) => Levels.First(l => l.Value == level).Key;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The parsed command line: scripts, data source, level, month (null for each indicator's latest) or every month, output file.</summary>
    internal sealed record Settings(IReadOnlyList<string> Paths, string Data, Level Level, Month? Month, bool AllMonths, string Output);
}
