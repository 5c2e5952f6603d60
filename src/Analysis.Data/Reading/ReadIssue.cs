namespace Analysis.Data.Reading;

/// <summary>One problem found in one cell or row, located by file, line and column.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Line">The 1-based physical line (or spreadsheet row) where the record starts.</param>
/// <param name="Column">The column's 1-based position and header, or null when the whole row is at fault.</param>
/// <param name="Value">The cell text as found, or null.</param>
/// <param name="Code">The stable issue code.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record ReadIssue(string Path, int Line, string? Column, string? Value, IssueCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Column is null ? $"{Path}({Line}): {Code}: {Message}" : $"{Path}({Line}): column {Column}: {Code}: {Message}";
}
