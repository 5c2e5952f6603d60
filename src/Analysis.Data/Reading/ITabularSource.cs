namespace Analysis.Data.Reading;

/// <summary>Rows of text cells from a CSV file or a spreadsheet sheet, each located by line.</summary>
internal interface ITabularSource : IDisposable
{
    string Path { get; }

    string EncodingName { get; }

    string? Sheet { get; }

    /// <summary>The first record's cells (the header, for files that have one).</summary>
    IReadOnlyList<string> FirstRow { get; }

    /// <summary>For files without a header: makes the next <see cref="Read"/> return the first row as data.</summary>
    void IncludeFirstRowAsData();

    /// <summary>Moves to the next record after the first; false at the end.</summary>
    bool Read();

    /// <summary>The 1-based line (or sheet row) where the current record starts.</summary>
    int Line { get; }

    int FieldCount { get; }

    /// <summary>True when the current record runs over more than one line (a quoted cell holds a line break).</summary>
    bool SpansLines { get; }

    /// <summary>The cell's text, or the empty string beyond the end of a short row.</summary>
    string this[int ordinal] { get; }

    /// <summary>Names a column for messages: position and header, or the spreadsheet letter.</summary>
    string DescribeColumn(int ordinal, string? header);
}
