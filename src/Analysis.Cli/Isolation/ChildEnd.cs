namespace Analysis.Cli.Isolation;

/// <summary>How a child process ended: on its own, or stopped by the parent at a limit.</summary>
internal enum ChildEnd
{
    /// <summary>The child exited by itself (its exit code says whether it succeeded or crashed).</summary>
    Exited,

    /// <summary>The parent killed the child at the wall-clock limit.</summary>
    TimedOut,

    /// <summary>The parent killed the child because its working set passed the memory limit.</summary>
    MemoryExceeded,

    /// <summary>The parent killed the child because the caller asked it to (through the cancellation token it passed).</summary>
    Stopped,
}
