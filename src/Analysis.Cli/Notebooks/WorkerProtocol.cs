using System.Globalization;
using Analysis.Notebooks.Execution;

namespace Analysis.Cli.Notebooks;

/// <summary>
/// The lines a notebook worker prints on its standard output so its parent knows which cell is running (the one to
/// blame if the process hangs or dies), how each cell ended, and that the run finished and the result is complete.
/// </summary>
internal static class WorkerProtocol
{
    private const string Start = "##notebook-cell-start ";
    private const string End = "##notebook-cell-end ";
    public const string Finished = "##notebook-finished";

    public static string Started(int index) => Start + index.ToString(CultureInfo.InvariantCulture);

    public static string Ended(CellRun run) =>
        string.Create(CultureInfo.InvariantCulture, $"{End}{run.Index} {run.Status} {run.Duration.Ticks}");

    /// <summary>Reads one line into the progress so far; lines that are not part of the protocol are ignored.</summary>
    public static void Read(string line, WorkerProgress progress)
    {
        if (line.StartsWith(Start, StringComparison.Ordinal) && int.TryParse(line.AsSpan(Start.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var started))
        {
            progress.Running = started;
        }
        else if (line.StartsWith(End, StringComparison.Ordinal)
            && line[End.Length..].Split(' ') is [var index, var status, var ticks]
            && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && Enum.TryParse<CellStatus>(status, out var s)
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
        {
            progress.Ended[i] = (s, TimeSpan.FromTicks(t));
            progress.Running = null;
        }
        else if (line == Finished)
        {
            progress.Finished = true;
        }
    }
}
