using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Analysis.Cli.Isolation;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// Evaluates untrusted indicator scripts in worker processes under a time limit per script and a memory limit:
/// compiles and checks them here (no script code runs in this process), then starts a worker that loads the data
/// once and evaluates the scripts one by one. A script that hangs, overflows the stack, exhausts memory or throws
/// fails alone with a located error; when it took its worker down, a fresh worker carries on with the rest.
/// </summary>
/// <remarks>
/// So one bad script costs one worker restart (process start, compile from the cache, data load), not one per
/// script. Scripts that the compiler or the sandbox reject never reach a worker.
/// </remarks>
internal static class IsolatedIndicatorRun
{
    /// <summary>Compiles the scripts the paths name, evaluates those that compile over the data source, and returns each one's outcome.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="ArgumentException">The engine options are not usable.</exception>
    public static IsolatedRun Run(IReadOnlyList<string> scriptPaths, string dataSource, IsolatedRunOptions options)
    {
        if (options.Engine.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var clock = Stopwatch.StartNew();
        using var prepared = new IndicatorCompiler().Prepare(scriptPaths);
        var paths = prepared.Paths;
        var outcomes = new IsolatedScript?[paths.Count];
        var pending = new List<int>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (prepared.CanRun(paths[i]))
            {
                pending.Add(i);
            }
            else
            {
                outcomes[i] = IsolatedScript.Failed(paths[i], prepared.Diagnostics.Where(d => d.Path == paths[i]));
            }
        }

        var workers = 0;
        var loads = new List<TimeSpan>();
        var unreadable = new List<string>();
        var results = Directory.CreateTempSubdirectory("analysis-isolated-").FullName;
        try
        {
            while (pending.Count > 0)
            {
                var pass = RunWorker(paths, pending, dataSource, options, results);
                workers++;
                if (pass.Ready is { } ready)
                {
                    loads.Add(pass.ReadyAfter);
                    unreadable.AddRange(ready.Unreadable.Except(unreadable));
                }

                foreach (var index in pass.Done)
                {
                    outcomes[index] = Read(paths[index], results, index);
                }

                if (pass.InFlight is { } stopped)
                {
                    outcomes[stopped] = IsolatedScript.Failed(paths[stopped], [IsolationProblems.Contained(paths[stopped], pass.Outcome, options.Limits, pass.Limits)]);
                }

                var left = pending.Where(i => outcomes[i] is null).ToList();
                if (pass.Ready is null || pass.Outcome.Succeeded || (pass.InFlight is null && pass.Done.Count == 0))
                {
                    // No progress to build on: the data did not load, or the worker ended without saying why.
                    var why = pass.Ready is null ? $"the worker could not load the data ({pass.Outcome.Describe(pass.Limits)})" : $"the worker ended early ({pass.Outcome.Describe(pass.Limits)})";
                    foreach (var index in left)
                    {
                        outcomes[index] = IsolatedScript.Failed(paths[index], [IsolationProblems.NotEvaluated(paths[index], why)]);
                    }

                    left.Clear();
                }

                pending = left;
            }
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }

        return new IsolatedRun(Deduplicated([.. outcomes.Select(o => o!)]), workers, loads, unreadable, clock.Elapsed);
    }

    private static WorkerPass RunWorker(IReadOnlyList<string> paths, IReadOnlyList<int> run, string data, IsolatedRunOptions options, string results)
    {
        var request = new WorkerRequest(paths, run, data, options.Levels, options.Month, options.AllMonths, options.Inequality, options.Engine, results);
        // The worker's own wall clock is only a backstop; each script is held to its limit from its 'start' line.
        var limits = options.Limits with { WallClock = options.LoadAllowance + (options.Limits.WallClock * (run.Count + 1)) };
        var gate = new object();
        var clock = Stopwatch.StartNew();
        WorkerReady? ready = null;
        var readyAfter = TimeSpan.Zero;
        var done = new List<int>();
        int? inFlight = null;
        using var perScript = new CancellationTokenSource();

        void OnLine(string line)
        {
            var (verb, rest) = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (line[..space], line[(space + 1)..]) : (line, string.Empty);
            lock (gate)
            {
                switch (verb)
                {
                    case "ready":
                        ready = Ready(rest);
                        readyAfter = clock.Elapsed;
                        break;
                    case "start" when int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var started):
                        inFlight = started;
                        perScript.CancelAfter(options.Limits.WallClock);
                        break;
                    case "done" when int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var finished):
                        perScript.CancelAfter(Timeout.InfiniteTimeSpan);
                        done.Add(finished);
                        inFlight = null;
                        break;
                }
            }
        }

        var outcome = ChildProcess.RunSelf(
            ["indicators", WorkerCommand.Name], limits, stdin: JsonSerializer.Serialize(request, WorkerJson.Options), onStdoutLine: OnLine, stop: perScript.Token);
        lock (gate)
        {
            return new WorkerPass(ready, readyAfter, [.. done], inFlight, outcome, limits);
        }
    }

    private static WorkerReady Ready(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerReady>(json, WorkerJson.Options) ?? new WorkerReady(0, []);
        }
        catch (JsonException)
        {
            return new WorkerReady(0, []);
        }
    }

    private static IsolatedScript Read(string path, string results, int index)
    {
        WorkerResult? result;
        try
        {
            result = JsonSerializer.Deserialize<WorkerResult>(File.ReadAllBytes(WorkerRequest.ResultFile(results, index)), WorkerJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return IsolatedScript.Failed(path, [IsolationProblems.NotEvaluated(path, $"its result could not be read ({e.Message})")]);
        }

        if (result is null)
        {
            return IsolatedScript.Failed(path, [IsolationProblems.NotEvaluated(path, "its result file was empty")]);
        }

        var definitions = result.Definitions.Select(d => d.ToDefinition()).ToList();
        var byLevel = result.Results.ToDictionary(r => r.Level, r => r.ToResults(definitions));
        return new IsolatedScript(path, definitions.FirstOrDefault(), result.Definitions.FirstOrDefault()?.Expressions, byLevel, result.Inequality,
            result.Diagnostics, TimeSpan.FromMilliseconds(result.Milliseconds));
    }

    /// <summary>A later script that defines an id an earlier one already has fails (IND010), as the linter rules for a library.</summary>
    private static IReadOnlyList<IsolatedScript> Deduplicated(IReadOnlyList<IsolatedScript> scripts)
    {
        var first = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        return [.. scripts.Select(s =>
        {
            if (!s.Succeeded || s.Definition is not { } d)
            {
                return s;
            }

            if (first.TryAdd(d.Id, d))
            {
                return s;
            }

            return IsolatedScript.Failed(s.Path, s.Diagnostics.Append(IsolationProblems.DuplicateId(s.Path, d.Source.Line, d.Id, first[d.Id].Source.ToString())), d, s.Expressions);
        })];
    }
}
