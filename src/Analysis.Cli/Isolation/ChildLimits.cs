namespace Analysis.Cli.Isolation;

/// <summary>What a child process may use before it is stopped: wall-clock time, memory, and how much output is kept.</summary>
internal sealed record ChildLimits(TimeSpan WallClock, long MemoryBytes, int MaxOutputChars = 16 * 1024 * 1024)
{
    /// <summary>Limits for evaluating untrusted indicator scripts.</summary>
    public static ChildLimits Script { get; } = new(TimeSpan.FromSeconds(60), 2L * 1024 * 1024 * 1024);
}
