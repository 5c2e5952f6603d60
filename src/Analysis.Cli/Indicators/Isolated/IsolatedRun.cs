using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// What an isolated run gave: each script's outcome, in script order, and what the isolation cost (worker
/// processes started, their data loads, the time per script).
/// </summary>
/// <param name="Scripts">Each script's outcome, in the order the scripts were found.</param>
/// <param name="Workers">How many worker processes were started (one, plus one per script that ended a worker).</param>
/// <param name="LoadTimes">Each worker's time from start to ready: process start, compile from the cache, data load and panel.</param>
/// <param name="Unreadable">Data files the workers could not read.</param>
/// <param name="Total">The whole run, compile included.</param>
internal sealed record IsolatedRun(
    IReadOnlyList<IsolatedScript> Scripts,
    int Workers,
    IReadOnlyList<TimeSpan> LoadTimes,
    IReadOnlyList<string> Unreadable,
    TimeSpan Total)
{
    /// <summary>True when every script produced results without error.</summary>
    public bool Succeeded => Scripts.All(s => s.Succeeded);

    /// <summary>The successful scripts' results at one level, together, in script order (as a run in one process writes them).</summary>
    public IndicatorResults Merged(Level level)
    {
        var parts = Scripts.Where(s => s.Succeeded && s.Results.ContainsKey(level)).Select(s => s.Results[level]).ToList();
        return new IndicatorResults
        {
            Level = level,
            Indicators = [.. parts.SelectMany(p => p.Indicators)],
            Values = [.. parts.SelectMany(p => p.Values)],
            Coverage = [.. parts.SelectMany(p => p.Coverage)],
            Options = parts.FirstOrDefault()?.Options ?? EngineOptions.Default,
        };
    }
}
