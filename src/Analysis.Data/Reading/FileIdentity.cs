namespace Analysis.Data.Reading;

/// <summary>What a file's header says it is: the publication, the layout vintage and how its columns map.</summary>
public sealed record FileIdentity(
    string Path,
    DatasetKind Kind,
    string Vintage,
    string Encoding,
    string? Sheet,
    IReadOnlyDictionary<string, string> MappedColumns,
    IReadOnlyList<string> UnmappedColumns);
