using System.Globalization;
using Analysis.Cli.Bench.Workloads;
using Analysis.Cli.Isolation;

namespace Analysis.Cli.Bench;

/// <summary>
/// Figure 4: notebooks, ours (the headless runner) against a bare Roslyn script chain: a fresh process on a small
/// notebook, the overhead per trivial cell, every notebook in notebooks/ in one process, and what one process holds
/// after running the small notebook many times (time, managed heap, loaded assemblies).
/// </summary>
internal static class NotebookFigures
{
    private const string ColdStart = "notebooks-cold-start";
    private const string PerCell = "notebooks-per-cell";
    private const string All = "notebooks-all";
    private const string RunsTime = "notebooks-runs-time";
    private const string RunsHeap = "notebooks-runs-heap";
    private const string RunsAssemblies = "notebooks-runs-assemblies";

    private const string ChainChild = "notebook-chain";
    private const string RunsOursChild = "notebook-runs-ours";
    private const string RunsPeerChild = "notebook-runs-peer";

    private static readonly ChildLimits Limits = new(TimeSpan.FromMinutes(15), 4L * 1024 * 1024 * 1024);

    public static IReadOnlyList<string> Names { get; } = [ColdStart, PerCell, All, RunsTime, RunsHeap, RunsAssemblies];

    /// <summary>The <c>--child</c> workloads this figure starts.</summary>
    public static IReadOnlyList<string> Children { get; } = [ChainChild, RunsOursChild, RunsPeerChild];

    public static IEnumerable<Figure> Measure(BenchScale scale, FigureFilter filter)
    {
        if (filter.Wants(ColdStart))
        {
            var path = NotebookWorkload.WriteSmall();
            var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
            var ours = Timing.Median([.. Enumerable.Range(0, scale.ColdRuns).Select(_ => Child(["notebooks", "run", path, "--out", output]).Elapsed)]);
            var peer = Timing.Median([.. Enumerable.Range(0, scale.ColdRuns).Select(_ => Child(["bench", "--child", ChainChild]).Elapsed)]);
            yield return new Figure(ColdStart, ours, peer,
                $"{NotebookWorkload.Small.Cells.Length} cells, whole fresh process each: ours 'analysis notebooks run' (its worker process, the executed .ipynb and HTML included), peer one bare CSharpScript chain");
        }

        if (filter.Wants(PerCell))
        {
            var cells = scale.TrivialCells;
            var notebook = NotebookWorkload.TrivialCells(cells);
            var sources = notebook.Cells.Select(c => c.Source).ToList();
            var ours = Timing.MedianMs(scale, () => NotebookWorkload.Ours(notebook)) / cells;
            var peer = Timing.MedianMs(scale, () => NotebookWorkload.Chain(sources, Path.GetTempPath(), "trivial")) / cells;
            yield return new Figure(PerCell, ours, peer, $"per cell, {cells} cells of one declaration each, in a warm process");
        }

        if (filter.Wants(All))
        {
            yield return Everything(scale);
        }

        if (filter.WantsAny([RunsTime, RunsHeap, RunsAssemblies]))
        {
            var ours = Repeated(RunsOursChild, scale.NotebookRuns);
            var peer = Repeated(RunsPeerChild, scale.NotebookRuns);
            var runs = string.Create(CultureInfo.InvariantCulture, $"{scale.NotebookRuns} runs of the small notebook in one fresh process");
            var after = string.Create(CultureInfo.InvariantCulture, $"after {runs}, fully collected; working set ours {ours.WorkingSetMb:0} MB, peer {peer.WorkingSetMb:0} MB");
            if (filter.Wants(RunsTime))
            {
                yield return new Figure(RunsTime, ours.Ms, peer.Ms, runs + " (the runs only, not the process start)");
            }

            if (filter.Wants(RunsHeap))
            {
                yield return new Figure(RunsHeap, ours.ManagedMb, peer.ManagedMb, "managed heap " + after, Figure.Megabytes);
            }

            if (filter.Wants(RunsAssemblies))
            {
                yield return new Figure(RunsAssemblies, ours.Assemblies, peer.Assemblies, "assemblies loaded " + after + "; peer: Roslyn's loader keeps every submission", Figure.Assemblies);
            }
        }
    }

    /// <summary>In the child: the cold peer (the small notebook as one bare chain) or the repeated runs of either side.</summary>
    public static int RunChild(CliContext context, string workload, int runs)
    {
        if (workload == ChainChild)
        {
            context.Out.WriteLine(NotebookWorkload.Peer(NotebookWorkload.Small).ToString(CultureInfo.InvariantCulture));
            return (int)ExitCode.Ok;
        }

        Func<int> run = workload == RunsOursChild ? () => NotebookWorkload.Ours(NotebookWorkload.Small) : () => NotebookWorkload.Peer(NotebookWorkload.Small);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            run();
        }

        var ms = clock.Elapsed.TotalMilliseconds;
        var (managed, assemblies, workingSet) = NotebookWorkload.Retained();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained {ms:0.0} {managed:0.00} {assemblies} {workingSet:0.0}"));
        return (int)ExitCode.Ok;
    }

    private static Figure Everything(BenchScale scale)
    {
        var notebooks = scale.RealNotebooks ? NotebookWorkload.RepositoryNotebooks() : [NotebookWorkload.Small];
        if (notebooks.Count == 0)
        {
            return Figure.Skipped(All, "the repository's notebooks/ folder was not found");
        }

        var which = scale.RealNotebooks ? $"{notebooks.Count} notebooks of notebooks/" : "the small notebook only (not notebooks/: this scale is for the format test)";
        // Every notebook loads data and runs the engine, so a few runs rather than the usual five.
        var ours = Timing.MedianMs(scale.Warmups, scale.ColdRuns, () => notebooks.Sum(NotebookWorkload.Ours));
        var peer = Timing.MedianMs(scale.Warmups, scale.ColdRuns, () => notebooks.Sum(NotebookWorkload.Peer));
        var cells = notebooks.Sum(n => n.CodeCells.Count());
        return new Figure(All, ours, peer, string.Create(CultureInfo.InvariantCulture,
            $"{which}, {cells} code cells, in a warm process, median of {scale.ColdRuns} after {scale.Warmups} warm-up; peer: each notebook's cells as a bare CSharpScript chain, outputs discarded, where ours captures and formats them"));
    }

    private static (double Ms, double ManagedMb, int Assemblies, double WorkingSetMb) Repeated(string workload, int runs)
    {
        string? line = null;
        Child(["bench", "--child", workload, "--runs", runs.ToString(CultureInfo.InvariantCulture)], l => line = l.StartsWith("retained ", StringComparison.Ordinal) ? l : line);
        var parts = (line ?? throw new InvalidOperationException($"bench child {workload} printed no 'retained' line")).Split(' ');
        return (Parse(parts[1]), Parse(parts[2]), int.Parse(parts[3], CultureInfo.InvariantCulture), Parse(parts[4]));
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static (double Elapsed, ChildOutcome Outcome) Child(IReadOnlyList<string> arguments, Action<string>? onLine = null)
    {
        var outcome = ChildProcess.RunSelf(arguments, Limits, onStdoutLine: onLine);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"bench child 'analysis {string.Join(' ', arguments)}': {outcome.Describe(Limits)}");
        }

        return (outcome.Elapsed.TotalMilliseconds, outcome);
    }
}
