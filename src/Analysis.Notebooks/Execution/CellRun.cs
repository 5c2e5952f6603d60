namespace Analysis.Notebooks.Execution;

/// <summary>One code cell of a run: its position (0-based among all cells), the cell with its new outputs, what happened, and how long it took.</summary>
public sealed record CellRun(int Index, Documents.NotebookCell Cell, CellStatus Status, TimeSpan Duration)
{
    /// <summary>True when the cell is tagged to raise an exception (<c>raises-exception</c> or <c>nbval-raises-exception</c>).</summary>
    public bool ExpectsError => Cell.HasTag("raises-exception") || Cell.HasTag("nbval-raises-exception");

    /// <summary>True when the cell failed or hung without being tagged to raise.</summary>
    public bool IsUnexpectedError => Status is CellStatus.Failed or CellStatus.TimedOut && !(Status == CellStatus.Failed && ExpectsError);

    /// <summary>The cell's name in reports: its number (1-based) and first line.</summary>
    public string Name => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell {Index + 1}: {Shorten(Cell.FirstLine)}");

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
