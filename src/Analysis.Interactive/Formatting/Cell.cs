namespace Analysis.Interactive;

/// <summary>One table cell: its text, whether it is a number (right-aligned), and a style class for its colour.</summary>
internal readonly record struct Cell(string Text, bool Numeric = false, string? Style = null)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell Number(string text) => new(text, Numeric: true);
}
