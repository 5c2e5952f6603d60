namespace Analysis.Data.Reading;

/// <summary>A publication the toolkit can read: its layouts and how to read a file already identified.</summary>
internal interface IDataset
{
    DatasetKind Kind { get; }

    Type RecordType { get; }

    LayoutTable Layouts { get; }

    /// <summary>An extra check on the first row, for layouts a header alone cannot tell apart.</summary>
    bool Recognises(IReadOnlyList<string> firstRow);

    /// <summary>Reads every row, returning the records (as objects) and the report.</summary>
    (System.Collections.IList Rows, ReadReport Report) ReadAll(ITabularSource source, LayoutMatch match, ReaderOptions options);

    /// <summary>Reads every row and reports on them, keeping no records.</summary>
    ReadReport Count(ITabularSource source, LayoutMatch match, ReaderOptions options);
}
