using System.Globalization;
using Analysis.Notebooks.Documents;

namespace Analysis.Benchmarks.Notebooks;

/// <summary>The notebooks the notebook benchmarks run: a small realistic one and one of 100 trivial cells.</summary>
internal static class BenchmarkNotebooks
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("analysis-notebook-bench-").FullName;

    /// <summary>Three cells: build 1,000 rows, aggregate them (a trailing expression, formatted as HTML), print a line.</summary>
    public static Notebook Small { get; } = Make("small.ipynb",
        "var rows = Enumerable.Range(1, 1000).Select(i => (Practice: $\"X{i:D5}\", Gps: i % 7)).ToList();",
        "rows.Sum(r => r.Gps)",
        "Console.WriteLine($\"{rows.Count} rows\");");

    /// <summary>100 cells of one declaration each: what a cell costs beyond its own work.</summary>
    public static Notebook HundredCells { get; } = Make("hundred.ipynb",
        [.. Enumerable.Range(1, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"var x{i} = {i};"))]);

    /// <summary>The same code as <see cref="Small"/>, as Roslyn's own script API would chain it.</summary>
    public static IReadOnlyList<string> SmallSources => [.. Small.Cells.Select(c => c.Source)];

    private static Notebook Make(string name, params string[] sources) => new()
    {
        Cells = [.. sources.Select(s => new NotebookCell { Kind = CellKind.Code, Source = s })],
        SourcePath = Path.Combine(Folder, name),
    };
}
