namespace Analysis.Data.Reading;

/// <summary>
/// A file could not be read as a publication: its layout is unknown, or (in strict mode) a row is bad.
/// The message names the file, the line and column where known, and what was expected.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="path"/>.</summary>
    public DataFormatException(string path, string message, int? line = null, string? column = null)
        : base(Locate(path, line, column) + message)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file at fault.</summary>
    public string Path { get; }

    /// <summary>The 1-based line, when the problem is in one place.</summary>
    public int? Line { get; }

    /// <summary>The column, when the problem is in one cell.</summary>
    public string? Column { get; }

    internal static DataFormatException From(ReadIssue issue) =>
        new(issue.Path, $"{issue.Code}: {issue.Message}", issue.Line, issue.Column);

    private static string Locate(string path, int? line, string? column) =>
        (line, column) switch
        {
            (null, _) => $"{path}: ",
            (_, null) => $"{path}({line}): ",
            _ => $"{path}({line}): column {column}: ",
        };
}
