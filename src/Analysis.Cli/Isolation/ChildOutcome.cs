using System.Globalization;

namespace Analysis.Cli.Isolation;

/// <summary>What a child process did: how it ended, its exit code, what it printed (up to the limit) and what it cost.</summary>
internal sealed record ChildOutcome(
    ChildEnd End,
    int? ExitCode,
    string Stdout,
    string Stderr,
    long OutputCharsDropped,
    TimeSpan Elapsed,
    long PeakWorkingSetBytes)
{
    /// <summary>True when the child exited by itself with exit code 0.</summary>
    public bool Succeeded => End == ChildEnd.Exited && ExitCode == 0;

    /// <summary>One line saying why the child failed, for a script's or a notebook's error.</summary>
    public string Describe(ChildLimits limits) => End switch
    {
        ChildEnd.TimedOut => string.Create(CultureInfo.InvariantCulture, $"stopped after the {limits.WallClock.TotalSeconds:0.#} s time limit"),
        ChildEnd.MemoryExceeded => string.Create(CultureInfo.InvariantCulture, $"stopped at the memory limit of {limits.MemoryBytes / (1024 * 1024)} MB"),
        ChildEnd.Stopped => "stopped by the caller",
        _ when ExitCode == 0 => "completed",
        _ => string.Create(CultureInfo.InvariantCulture, $"the process ended with exit code {ExitCode}{LastLine(Stderr)}"),
    };

    private static string LastLine(string text)
    {
        var last = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return last is null ? "" : $": {last}";
    }
}
