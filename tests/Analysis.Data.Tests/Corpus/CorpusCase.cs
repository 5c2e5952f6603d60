namespace Analysis.Data.Tests.Corpus;

/// <summary>One entry of tests/corpus/bad-data/cases.json: a malformed file and what reading it must give.</summary>
public sealed record CorpusCase(string File, string Tries, string Does, string? Period, ExpectedError? Error, ExpectedRead? Read);

/// <summary>The read stops: a DataFormatException located at this line (and column, when one cell is at fault).</summary>
public sealed record ExpectedError(int Line, string? Column, IReadOnlyList<string> Contains);

/// <summary>The read completes, accounting for every data row.</summary>
public sealed record ExpectedRead(
    string Kind,
    int DataRows,
    int RowsRead,
    int Rejected,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<ExpectedIssue> Issues,
    int IssueCount,
    string? Encoding,
    IReadOnlyList<string>? Unmapped);

/// <summary>One located issue the read must report, in order.</summary>
public sealed record ExpectedIssue(int Line, string? Column, string Code, string? Contains);

/// <summary>The manifest's root object.</summary>
public sealed record CorpusManifest(IReadOnlyList<CorpusCase> Cases);
