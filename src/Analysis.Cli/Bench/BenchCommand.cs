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
        var child = new Option<string?>("--child") { Hidden = true, Description = "Run one compile workload once in this process, for a parent's cold-process figure." };
        var scripts = new Option<int>("--scripts") { Hidden = true, DefaultValueFactory = _ => BenchScale.Full.Scripts };
        var command = new Command("bench", "Measure ours against the peers (DuckDB, one CSharpScript per script) and print one line per figure.")
        {
            quick, scale, child, scripts,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(child) is { } workload)
            {
                return ColdCompile.RunChild(context, workload, parse.GetValue(scripts));
            }

            var chosen = parse.GetValue(scale) switch
            {
                null => parse.GetValue(quick) ? BenchScale.Quick : BenchScale.Full,
                "tiny" => BenchScale.Tiny,
                var other => throw new UsageException($"--scale {other}: the only scale is 'tiny'"),
            };
            return Run(context, chosen);
        });
        return command;
    }

    private static int Run(CliContext context, BenchScale scale)
    {
        context.Out.WriteLine("# " + scale.Describe());
        foreach (var figure in Figures(scale))
        {
            context.Out.WriteLine(figure.ToString());
            context.Out.Flush();
        }

        return (int)ExitCode.Ok;
    }

    private static IEnumerable<Figure> Figures(BenchScale scale)
    {
        foreach (var figure in EngineFigures.Measure(scale))
        {
            yield return figure;
        }

        foreach (var figure in ColdCompile.Measure(scale))
        {
            yield return figure;
        }

        foreach (var figure in LoadFigures.Measure(scale))
        {
            yield return figure;
        }

        yield return Figure.Skipped("notebooks", "not measured yet (see benchmarks/RESULTS.md)");
        yield return Figure.Skipped("report-pages", "the report site is not merged on main");
    }
}
