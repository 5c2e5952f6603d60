using Analysis.Data.Periods;

namespace Analysis.Data.Reading;

/// <summary>
/// What reading one file found: its kind and vintage, how many data rows it had and what became of
/// them, which columns were mapped and which were not, and every problem with its location.
/// </summary>
public sealed record ReadReport
{
    /// <summary>The file read.</summary>
    public required string Path { get; init; }

    /// <summary>The publication the header identified.</summary>
    public required DatasetKind Kind { get; init; }

    /// <summary>The layout vintage the header identified, such as <c>2017-18</c>.</summary>
    public required string Vintage { get; init; }

    /// <summary>The period the file covers: the year its header names (payments, older QOF tables), or as
    /// given in <see cref="ReaderOptions.Period"/>; null when neither says.</summary>
    public string? Period { get; init; }

    /// <summary>The text encoding found (UTF-8, UTF-8 with BOM, Windows-1252) or <c>xlsx</c>.</summary>
    public required string Encoding { get; init; }

    /// <summary>The spreadsheet sheet read, for workbooks.</summary>
    public string? Sheet { get; init; }

    /// <summary>Data rows in the file, header excluded.</summary>
    public required int DataRows { get; init; }

    /// <summary>Rows turned into records.</summary>
    public required int RowsRead { get; init; }

    /// <summary>Rows deliberately left out, by reason (for example England summary rows).</summary>
    public required IReadOnlyDictionary<string, int> Skipped { get; init; }

    /// <summary>Rows that could not be read; each has at least one entry in <see cref="Issues"/>.</summary>
    public required int RowsRejected { get; init; }

    /// <summary>Typed field to the header it was read from.</summary>
    public required IReadOnlyDictionary<string, string> MappedColumns { get; init; }

    /// <summary>Headers in the file the layout does not map.</summary>
    public required IReadOnlyList<string> UnmappedColumns { get; init; }

    /// <summary>The first problems found (see <see cref="ReaderOptions.MaxIssuesKept"/>).</summary>
    public required IReadOnlyList<ReadIssue> Issues { get; init; }

    /// <summary>All problems found, including those not kept.</summary>
    public required int IssueCount { get; init; }
}
