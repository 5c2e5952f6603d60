namespace Analysis.Data.Reading;

/// <summary>
/// What became of each row while a file is read (read, skipped by reason, rejected with issues), kept apart from
/// the records so a streamed read can report on a file it never held in memory.
/// </summary>
internal sealed class ReadTally
{
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly List<ReadIssue> _issues = [];

    public int DataRows { get; set; }

    public int RowsRead { get; set; }

    public int RowsRejected { get; private set; }

    public int IssueCount { get; private set; }

    public void Skip(string reason) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;

    public void Reject(IReadOnlyList<ReadIssue> issues, int keep)
    {
        RowsRejected++;
        IssueCount += issues.Count;
        _issues.AddRange(issues.Take(Math.Max(0, keep - _issues.Count)));
    }

    public ReadReport Report(ITabularSource source, LayoutMatch match, DatasetKind kind, ReaderOptions options) => new()
    {
        Path = source.Path,
        Kind = kind,
        Vintage = match.Layout.Vintage,
        Period = match.Layout.Year?.ToString() ?? options.Period,
        Encoding = source.EncodingName,
        Sheet = source.Sheet,
        DataRows = DataRows,
        RowsRead = RowsRead,
        Skipped = new SortedDictionary<string, int>(_skipped, StringComparer.Ordinal),
        RowsRejected = RowsRejected,
        MappedColumns = match.MappedColumns(),
        UnmappedColumns = match.Unmapped,
        Issues = _issues.ToList(),
        IssueCount = IssueCount,
    };
}
