namespace Analysis.Interactive.Review;

/// <summary>
/// A table with a caption and column headers; when <paramref name="RowHeaders"/> is set the first cell of each row
/// names the row (HTML <c>th scope="row"</c>). Numeric columns are right-aligned.
/// </summary>
internal sealed record ReviewTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, bool RowHeaders = false) : ReviewBlock
{
    /// <summary>Columns whose cells are numbers (right-aligned); none by default.</summary>
    public IReadOnlySet<int> Numeric { get; init; } = new HashSet<int>();

    /// <summary>CSS classes for rows (HTML only), by row index; such as the verdict's outcome.</summary>
    public IReadOnlyDictionary<int, string> RowClasses { get; init; } = new Dictionary<int, string>();
}
