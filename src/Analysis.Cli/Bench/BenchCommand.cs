using System.CommandLine;
using Analysis.Cli.Bench.Workloads;

namespace Analysis.Cli.Bench;

/// <summary>
/// <c>analysis bench [--quick]</c>: each performance figure as ours against a peer run in this same process (or the
/// same kind of fresh process) on the same data, one line per figure. The workloads are the ones the
/// BenchmarkDotNet classes in benchmarks/ measure.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var quick = new Option<bool>("--quick") { Description = "Fewer runs at a smaller scale (1,000 practices × 24 months, 20 scripts), for CI." };
        var scale = new Option<string?>("--scale") { Hidden = true, Description = "tiny: the format test's scale." };
        var child = new Option<string?>("--child") { Hidden = true, Description = "Run one workload in this process, for a parent's fresh-process figure." };
        var runs = new Option<int>("--runs") { Hidden = true, DefaultValueFactory = _ => BenchScale.Full.NotebookRuns };
        var scripts = new Option<int>("--scripts") { Hidden = true, DefaultValueFactory = _ => BenchScale.Full.Scripts };
        var only = new Option<string?>("--only")
        {
            Description = "Measure only the figures whose names start with one of these comma-separated prefixes (e.g. compile,load-qof).",
            HelpName = "NAME[,NAME]",
        };
        var command = new Command("bench", "Measure ours against the peers (DuckDB, one CSharpScript per script) and print one line per figure.")
        {
            quick, scale, child, scripts, runs, only,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(child) is { } workload)
            {
                return NotebookFigures.Children.Contains(workload)
                    ? NotebookFigures.RunChild(context, workload, parse.GetValue(runs))
                    : ColdCompile.RunChild(context, workload, parse.GetValue(scripts));
            }

            var chosen = parse.GetValue(scale) switch
            {
                null => parse.GetValue(quick) ? BenchScale.Quick : BenchScale.Full,
                "tiny" => BenchScale.Tiny,
                var other => throw new UsageException($"--scale {other}: the only scale is 'tiny'"),
            };
            return Run(context, chosen, FigureFilter.Parse(parse.GetValue(only), Names));
        });
        return command;
    }

    /// <summary>Every figure's name, in the order they are printed.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. EngineFigures.Names, .. ColdCompile.Names, .. LoadFigures.Names, .. NotebookFigures.Names, .. ReportFigures.Names];

    private static int Run(CliContext context, BenchScale scale, FigureFilter filter)
    {
        context.Out.WriteLine("# " + scale.Describe() + filter.Describe());
        foreach (var figure in Figures(scale, filter))
        {
            context.Out.WriteLine(figure.ToString());
            context.Out.Flush();
        }

        return (int)ExitCode.Ok;
    }

    private static IEnumerable<Figure> Figures(BenchScale scale, FigureFilter filter)
    {
        foreach (var figure in EngineFigures.Measure(scale, filter))
        {
            yield return figure;
        }

        foreach (var figure in ColdCompile.Measure(scale, filter))
        {
            yield return figure;
        }

        foreach (var figure in LoadFigures.Measure(scale, filter))
        {
            yield return figure;
        }

        foreach (var figure in NotebookFigures.Measure(scale, filter))
        {
            yield return figure;
        }

        foreach (var figure in ReportFigures.Measure(scale, filter))
        {
            yield return figure;
        }
    }
}
