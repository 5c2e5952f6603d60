using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Analysis.Cli.Isolation;

/// <summary>
/// Runs the <c>analysis</c> command itself as a child process under limits, so that untrusted code (an indicator
/// script, a notebook cell) that hangs, crashes or exhausts memory ends that child only.
/// </summary>
/// <remarks>
/// .NET has no in-process security boundary, so the process is the boundary. Memory is held twice: the child's GC
/// gets a hard heap limit of three quarters of the limit (a managed allocation past it throws
/// <see cref="OutOfMemoryException"/> in the child, which can report it and carry on), and the parent polls the
/// working set against the whole limit, so native growth, and a heap that the runtime's own overhead pushes past
/// it, are stopped too.
/// </remarks>
internal static class ChildProcess
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Runs <c>analysis ARGS</c> and waits for it to end or to hit a limit; <paramref name="onStdoutLine"/> sees each
    /// complete stdout line as it arrives. Cancelling <paramref name="stop"/> kills the child (<see cref="ChildEnd.Stopped"/>):
    /// the way to hold a child to a finer limit than its whole run, such as a time limit per step it reports.
    /// </summary>
    public static ChildOutcome RunSelf(
        IReadOnlyList<string> arguments,
        ChildLimits limits,
        string? workingDirectory = null,
        string? stdin = null,
        Action<string>? onStdoutLine = null,
        CancellationToken stop = default)
    {
        var start = SelfStartInfo(arguments, workingDirectory);
        start.Environment["DOTNET_GCHeapHardLimit"] = (limits.MemoryBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        // The child is a worker, not a terminal session: no colours, no telemetry banners in its output.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}'.");
        var stdout = new CappedText(limits.MaxOutputChars, onStdoutLine);
        var stderr = new CappedText(limits.MaxOutputChars, null);
        var readOut = stdout.DrainAsync(process.StandardOutput);
        var readErr = stderr.DrainAsync(process.StandardError);
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child ended before reading its input; its outcome says why.
        }

        var end = ChildEnd.Exited;
        long peak = 0;
        while (!process.WaitForExit(Poll))
        {
            peak = Math.Max(peak, WorkingSet(process));
            if (stop.IsCancellationRequested)
            {
                end = ChildEnd.Stopped;
            }
            else if (clock.Elapsed > limits.WallClock)
            {
                end = ChildEnd.TimedOut;
            }
            else if (peak > limits.MemoryBytes)
            {
                end = ChildEnd.MemoryExceeded;
            }

            if (end != ChildEnd.Exited)
            {
                Kill(process);
                break;
            }
        }

        Task.WaitAll(readOut, readErr);
        return new ChildOutcome(
            end,
            end == ChildEnd.Exited ? process.ExitCode : null,
            stdout.Text,
            stderr.Text,
            stdout.Dropped + stderr.Dropped,
            clock.Elapsed,
            peak);
    }

    /// <summary>How to start this same program: the apphost when we are it, otherwise <c>dotnet analysis.dll</c> (as under a test host).</summary>
    private static ProcessStartInfo SelfStartInfo(IReadOnlyList<string> arguments, string? workingDirectory)
    {
        var entry = typeof(ChildProcess).Assembly.Location;
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == Path.GetFileNameWithoutExtension(entry))
        {
            start.FileName = self;
        }
        else
        {
            start.FileName = DotnetHost(self);
            start.ArgumentList.Add(entry);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string DotnetHost(string? self)
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private static long WorkingSet(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between the wait and the read
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It ended by itself in the meantime.
        }
    }
}
