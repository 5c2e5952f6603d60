using System.Diagnostics;
using Analysis.Cli.Isolation;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// <c>indicators check --isolate</c>: compiles and sandbox-checks the scripts here without running any of their code,
/// then runs the bodies of those that may run (which is how a script gives its definition to the lint) in a child
/// <c>analysis indicators check</c> under the limits. When that child is stopped or dies, each script is checked in a
/// child of its own, so the one that hung, blew the memory or crashed is named (IND130–IND132) and the others are
/// checked as usual.
/// </summary>
internal static class IsolatedCheck
{
    // Starting the runtime and compiling (from the cache, which this process's compile has just filled), on top of the
    // time the scripts' bodies may take: the child reports nothing until it ends, so one clock covers both.
    private static readonly TimeSpan StartAllowance = TimeSpan.FromSeconds(30);

    public static CheckReport Run(IReadOnlyList<string> paths, ChildLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<ScriptDiagnostic>();
        List<string> runnable;
        int scripts;
        TimeSpan compile;
        using (var prepared = new IndicatorCompiler().Prepare(paths))
        {
            scripts = prepared.Paths.Count;
            runnable = [.. prepared.Paths.Where(prepared.CanRun)];
            var running = runnable.ToHashSet(StringComparer.Ordinal);
            diagnostics.AddRange(prepared.Diagnostics.Where(d => !running.Contains(d.Path)));
            compile = prepared.Timings.Compile;
        }

        var indicators = new List<CheckedIndicator>();
        var ran = TimeSpan.Zero;
        void Take(CheckReport child)
        {
            indicators.AddRange(child.Indicators);
            diagnostics.AddRange(child.Diagnostics);
            ran += child.Timings.Run;
        }

        if (runnable.Count > 0)
        {
            // One script is checked in its own child straight away; several share one first.
            if (runnable.Count > 1 && Child(runnable, limits) is ({ } all, _))
            {
                Take(all);
            }
            else
            {
                // Lint across scripts (a duplicate id) is lost on this path: no one child sees them all.
                foreach (var path in runnable)
                {
                    var (report, outcome) = Child([path], limits);
                    if (report is not null)
                    {
                        Take(report);
                    }
                    else
                    {
                        diagnostics.Add(IsolationProblems.Contained(path, outcome, limits, ChildLimitsFor(limits)));
                    }
                }
            }
        }

        return new CheckReport(
            scripts,
            indicators,
            [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)],
            new CompileTimings(false, 0, compile, ran, clock.Elapsed));
    }

    private static (CheckReport? Report, ChildOutcome Outcome) Child(IReadOnlyList<string> paths, ChildLimits limits)
    {
        var outcome = ChildProcess.RunSelf(
            ["indicators", "check", .. paths, "--format", "json"],
            ChildLimitsFor(limits));
        var checkedThere = outcome.End == ChildEnd.Exited && outcome.ExitCode is (int)ExitCode.Ok or (int)ExitCode.CheckFailed;
        return (checkedThere ? CheckReport.FromJson(outcome.Stdout) : null, outcome);
    }

    private static ChildLimits ChildLimitsFor(ChildLimits script) => script with { WallClock = script.WallClock + StartAllowance };
}
