using System.CommandLine;
using Analysis.Cli.Isolation;

namespace Analysis.Cli.Notebooks;

/// <summary>The time limits shared by <c>run</c> and <c>test</c>: per notebook (its process is killed) and per cell.</summary>
internal sealed record NotebookLimits(TimeSpan Notebook, TimeSpan Cell)
{
    // A notebook that loads the full England panel needs a few GB; more than this is a leak or a runaway cell.
    private const long MemoryBytes = 6L * 1024 * 1024 * 1024;

    public ChildLimits Child => new(Notebook, MemoryBytes);

    public static (Option<double> Notebook, Option<double> Cell) Options() =>
    (
        new Option<double>("--timeout") { Description = "Seconds one notebook may run before its process is stopped (default 600).", DefaultValueFactory = _ => 600 },
        new Option<double>("--cell-timeout") { Description = "Seconds one cell may run (default 300).", DefaultValueFactory = _ => 300 }
    );

    public static NotebookLimits From(double notebook, double cell)
    {
        if (notebook <= 0 || cell <= 0)
        {
            throw new UsageException("--timeout and --cell-timeout must be positive numbers of seconds");
        }

        return new NotebookLimits(TimeSpan.FromSeconds(notebook), TimeSpan.FromSeconds(cell));
    }
}
