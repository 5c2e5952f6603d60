using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// <c>analysis indicators worker</c> (hidden): the child side of an isolated run. Reads a <see cref="WorkerRequest"/>
/// on standard input, compiles the scripts (from the cache), loads the data once, then for each script prints
/// <c>start N</c>, writes its result file and prints <c>done N</c>; a script that hangs or crashes the process
/// is thereby known to the parent by the last <c>start</c> without its <c>done</c>.
/// </summary>
internal static class WorkerCommand
{
    public const string Name = "worker";

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, "Evaluate indicator scripts for an isolated run (started by 'indicators run --isolate').") { Hidden = true };
        command.SetAction(_ => Run(context, Console.In.ReadToEnd()));
        return command;
    }

    internal static int Run(CliContext context, string requestJson)
    {
        var request = JsonSerializer.Deserialize<WorkerRequest>(requestJson, WorkerJson.Options)
            ?? throw new UsageException("worker: no request on standard input");
        var started = Stopwatch.GetTimestamp();
        using var scripts = new IndicatorCompiler().Prepare(request.Scripts);
        var data = DataOption.Load(request.Data);
        var panel = Panel.Build(data);
        var engine = new IndicatorEngine();
        var ready = new WorkerReady(Stopwatch.GetElapsedTime(started).TotalMilliseconds, [.. data.Unreadable.Select(u => u.Reason)]);
        context.Out.WriteLine("ready " + JsonSerializer.Serialize(ready, WorkerJson.Options));
        context.Out.Flush();

        foreach (var index in request.Run)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start {index}"));
            context.Out.Flush();
            var result = Evaluate(scripts, request.Scripts[index], panel, engine, request);
            AtomicFile.Write(request.ResultFile(index), JsonSerializer.SerializeToUtf8Bytes(result, WorkerJson.Options));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {index}"));
            context.Out.Flush();
        }

        return (int)ExitCode.Ok;
    }

    // Everything the script's code can reach runs in here: its body (registering the definition), its expressions
    // (in the engine), their ToString. A failure of any of them is this script's error, and the loop goes on.
    private static WorkerResult Evaluate(PreparedScripts scripts, string path, Panel panel, IndicatorEngine engine, WorkerRequest request)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<ScriptDiagnostic>();
        var definitions = new List<DefinitionRecord>();
        try
        {
            var outcome = scripts.Run(path);
            diagnostics.AddRange(outcome.Diagnostics);
            definitions.AddRange(outcome.Indicators.Select(DefinitionRecord.From));
            if (outcome.HasErrors)
            {
                return new WorkerResult(path, diagnostics, definitions, [], [], clock.Elapsed.TotalMilliseconds);
            }

            var results = request.Levels
                .Select(level => request.AllMonths ? engine.RunAllMonths(panel, outcome.Indicators, level) : engine.Run(panel, outcome.Indicators, level, request.Month))
                .Select(LevelResults.From)
                .ToList();
            var inequality = request.Inequality ? engine.Inequality(panel, outcome.Indicators, request.Month) : [];
            return new WorkerResult(path, diagnostics, definitions, results, inequality, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            // An OutOfMemoryException (the heap limit) comes out as IND131, any other exception as IND102.
            // Where no frame is in the script (a fault inside an expression tree), the definition's line is the best place.
            var failure = PreparedScripts.Failure(path, e);
            diagnostics.Add(failure.Line == 1 && definitions.Count > 0 ? failure with { Line = definitions[0].SourceLine } : failure);
        }

        return new WorkerResult(path, diagnostics, definitions, [], [], clock.Elapsed.TotalMilliseconds);
    }
}
