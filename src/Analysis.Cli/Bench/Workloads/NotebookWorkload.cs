using System.Diagnostics;
using System.Globalization;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Kernel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// Figure 4: notebooks run by ours (<see cref="NotebookExecutor"/>: one script chain per notebook, each submission
/// emitted into a collectible load context, outputs captured and formatted) against the bare peer, Roslyn's own
/// <c>CSharpScript.RunAsync</c> then <c>ContinueWithAsync</c> per cell, loaded by Roslyn's default (never unloaded)
/// loader, outputs discarded.
/// </summary>
internal static class NotebookWorkload
{
    // The kernel's default imports and display helpers, as ours gives every cell, so the same sources compile on both sides.
    private static readonly string[] Imports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq", typeof(DisplayExtensions).Namespace!];

    private static readonly Lazy<string> Folder = new(() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "analysis-bench", "notebooks")).FullName);

    /// <summary>Three cells: build 1,000 rows, aggregate them (a trailing expression, formatted as HTML), print a line.</summary>
    public static Notebook Small { get; } = Make("small.ipynb",
        "var rows = Enumerable.Range(1, 1000).Select(i => (Practice: $\"X{i:D5}\", Gps: i % 7)).ToList();",
        "rows.Sum(r => r.Gps)",
        "Console.WriteLine($\"{rows.Count} rows\");");

    /// <summary><paramref name="count"/> cells of one declaration each: what a cell costs beyond its own work.</summary>
    public static Notebook TrivialCells(int count) => Make(string.Create(CultureInfo.InvariantCulture, $"trivial-{count}.ipynb"),
        [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"var x{i} = {i};"))]);

    /// <summary>Writes <see cref="Small"/> to its file (for a fresh <c>analysis notebooks run</c>) and returns the path.</summary>
    public static string WriteSmall()
    {
        var path = Small.SourcePath!;
        NotebookFile.Write(Small, path, NotebookWriteGuard.ReplaceSource);
        return path;
    }

    /// <summary>Ours: runs the notebook in this process; returns the code cells run, throwing if one failed.</summary>
    public static int Ours(Notebook notebook)
    {
        var run = NotebookExecutor.RunAsync(notebook, new ExecutionOptions()).GetAwaiter().GetResult();
        if (run.HasUnexpectedErrors)
        {
            var failed = run.Cells.First(c => c.IsUnexpectedError);
            throw new InvalidOperationException($"{notebook.SourcePath}: cell {failed.Index + 1} failed under the runner: {Describe(failed.Cell.Outputs)}");
        }

        return run.Cells.Length;
    }

    /// <summary>
    /// The peer: the notebook's C# code cells (not those tagged to be skipped) as one bare Roslyn chain, in the
    /// notebook's folder (so its relative <c>#r</c> paths resolve), console output discarded; returns the cells run.
    /// </summary>
    public static int Peer(Notebook notebook)
    {
        var directory = Path.GetDirectoryName(notebook.SourcePath) ?? Environment.CurrentDirectory;
        var sources = notebook.CodeCells
            .Select(c => c.Cell)
            .Where(c => c.Kernel == KernelNames.CSharp && !c.HasTag("skip-execution") && !c.HasTag("nbval-skip"))
            .Select(c => c.Source)
            .ToList();
        return Chain(sources, directory, notebook.SourcePath ?? "notebook");
    }

    /// <summary>Runs the sources as one Roslyn script chain (each cell continuing the last) and returns how many ran.</summary>
    public static int Chain(IReadOnlyList<string> sources, string directory, string name)
    {
        var options = ScriptOptions.Default
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(new SourceFileResolver([], directory))
            .AddReferences(typeof(Enumerable).Assembly, typeof(NotebookGlobals).Assembly)
            .WithImports(Imports);
        var savedOut = Console.Out;
        var savedDirectory = Environment.CurrentDirectory;
        Console.SetOut(TextWriter.Null);
        Environment.CurrentDirectory = directory;
        try
        {
            ScriptState<object>? state = null;
            for (var i = 0; i < sources.Count; i++)
            {
                try
                {
                    state = state is null
                        ? CSharpScript.RunAsync(sources[i], options, new NotebookGlobals(), typeof(NotebookGlobals)).GetAwaiter().GetResult()
                        : state.ContinueWithAsync(sources[i], options).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is CompilationErrorException or InvalidOperationException or IOException or ArgumentException)
                {
                    throw new InvalidOperationException($"{name}: cell {i + 1} failed in the bare Roslyn chain: {e.Message}", e);
                }
            }

            return sources.Count;
        }
        finally
        {
            Environment.CurrentDirectory = savedDirectory;
            Console.SetOut(savedOut);
        }
    }

    /// <summary>The notebooks in the repository's <c>notebooks/</c> folder, in name order; empty when it is not found.</summary>
    public static IReadOnlyList<Notebook> RepositoryNotebooks()
    {
        if (RepositoryFolder.Find() is not { } root || !Directory.Exists(Path.Combine(root, "notebooks")))
        {
            return [];
        }

        return
        [
            .. Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).Select(path =>
                NotebookFile.Read(path) is { Succeeded: true, Notebook: { } notebook } ? notebook : throw new InvalidOperationException(path + ": not readable")),
        ];
    }

    /// <summary>
    /// What this process holds once every notebook run is over and collected: the managed heap, the assemblies loaded
    /// and the working set (collecting until unloaded contexts are gone: a context's unloading takes several collections).
    /// </summary>
    public static (double ManagedMb, int Assemblies, double WorkingSetMb) Retained()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Length;
        for (var i = 0; i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Thread.Sleep(50);
            var now = AppDomain.CurrentDomain.GetAssemblies().Length;
            if (i >= 4 && now == loaded)
            {
                break;
            }

            loaded = now;
        }

        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, AppDomain.CurrentDomain.GetAssemblies().Length, self.WorkingSet64 / 1048576.0);
    }

    private static string Describe(IEnumerable<CellOutput> outputs) =>
        outputs.OfType<ErrorOutput>().FirstOrDefault() is { } error ? error.Name + ": " + error.Value : "no error output";

    private static Notebook Make(string name, params string[] sources) => new()
    {
        Cells = [.. sources.Select(s => new NotebookCell { Kind = CellKind.Code, Source = s })],
        SourcePath = Path.Combine(Folder.Value, name),
    };
}
