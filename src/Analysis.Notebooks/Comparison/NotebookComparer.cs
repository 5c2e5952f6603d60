using System.Collections.Immutable;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// Judges a run against the notebook's stored outputs, cell by cell, with nbval's tags: <c>nbval-ignore-output</c>
/// (run, but outputs not compared), <c>raises-exception</c>/<c>nbval-raises-exception</c> (must fail; its error is
/// compared), <c>nbval-skip</c>/<c>skip-execution</c> (not run). A cell never run before has no baseline.
/// </summary>
public static class NotebookComparer
{
    /// <summary>Compares each code cell of the run with the same cell of the stored notebook.</summary>
    public static NotebookComparison Compare(Notebook stored, NotebookRun run, IReadOnlyList<Scrubber> scrubbers)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(run);
        var cells = run.Cells.Select(cell => Judge(cell, cell.Index < stored.Cells.Length ? stored.Cells[cell.Index] : null, scrubbers));
        return new NotebookComparison(stored.SourcePath ?? "notebook", run, [.. cells], null);
    }

    private static CellComparison Judge(CellRun run, NotebookCell? stored, IReadOnlyList<Scrubber> scrubbers)
    {
        switch (run.Status)
        {
            case CellStatus.Skipped:
                return new CellComparison(run, CellVerdict.Skipped, Skipped(run.Cell));
            case CellStatus.NotRun:
                return new CellComparison(run, CellVerdict.NotRun, "not run: an earlier cell failed");
        }

        if (run.IsUnexpectedError)
        {
            var error = run.Cell.Outputs.OfType<ErrorOutput>().LastOrDefault();
            return new CellComparison(run, CellVerdict.Error, error?.Value ?? "the cell failed");
        }

        if (run.ExpectsError && run.Status == CellStatus.Ran)
        {
            return new CellComparison(run, CellVerdict.Differ, "the cell is tagged to raise an exception but ran without one");
        }

        if (run.Cell.HasTag("nbval-ignore-output"))
        {
            return new CellComparison(run, CellVerdict.Match, "outputs not compared (nbval-ignore-output)");
        }

        if (stored is null || (stored.ExecutionCount is null && stored.Outputs.IsEmpty))
        {
            return new CellComparison(run, CellVerdict.NoBaseline, "no stored outputs to compare with (run with --update-baseline to store them)");
        }

        var diff = OutputComparer.Diff(stored.Outputs, run.Cell.Outputs, scrubbers);
        return diff is null
            ? new CellComparison(run, CellVerdict.Match, "outputs match")
            : new CellComparison(run, CellVerdict.Differ, "outputs differ:\n" + diff);
    }

    private static string Skipped(NotebookCell cell) =>
        cell.HasTag("skip-execution") ? "skipped (skip-execution)"
        : cell.HasTag("nbval-skip") ? "skipped (nbval-skip)"
        : $"skipped ({cell.Kernel} cell)";

    /// <summary>The built-in scrubbers followed by the user's.</summary>
    public static ImmutableArray<Scrubber> WithBuiltIns(IEnumerable<Scrubber> user) => [.. BuiltInScrubbers.All, .. user];
}
