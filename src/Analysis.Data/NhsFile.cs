using Analysis.Data.Reading;

namespace Analysis.Data;

/// <summary>
/// Reads one NHS publication file of any kind and vintage: identify it from its header, inspect it,
/// or read it into typed records.
/// </summary>
/// <example>
/// <code>
/// var payments = NhsFile.Read&lt;PracticePayments&gt;("nhspaymentsgp-22-23-prac-csv.csv");
/// Console.WriteLine($"{payments.Report.Vintage}: {payments.Rows.Count} practices");
/// </code>
/// </example>
public static class NhsFile
{
    /// <summary>Finds the publication and vintage from the file's header (not its name).</summary>
    /// <exception cref="DataFormatException">No known layout fits; the message lists expected and found columns.</exception>
    public static FileIdentity Identify(string path)
    {
        var (source, match, _) = FileIdentifier.Open(path, DatasetRegistry.All);
        using (source)
        {
            return new FileIdentity(path, match.Layout.Kind, match.Layout.Vintage, source.EncodingName, source.Sheet,
                match.MappedColumns(), match.Unmapped);
        }
    }

    /// <summary>Reads the whole file and reports on it without keeping the records.</summary>
    /// <remarks>A file that does not say its year (see <see cref="ReaderOptions.Period"/>) is still inspected.</remarks>
    /// <exception cref="DataFormatException">No known layout fits, or (strict) a row is bad.</exception>
    public static ReadReport Inspect(string path, ReaderOptions? options = null)
    {
        var (source, match, dataset) = FileIdentifier.Open(path, DatasetRegistry.All);
        using (source)
        {
            return dataset.Count(source, match, (options ?? ReaderOptions.Default) with { PeriodMayBeUnknown = true });
        }
    }

    /// <summary>Reads a file into records of the publication <typeparamref name="T"/> stands for.</summary>
    /// <exception cref="DataFormatException">The file is another publication or no layout fits, (strict) a row is bad,
    /// or the file does not say its year and <see cref="ReaderOptions.Period"/> was not given.</exception>
    public static ReadResult<T> Read<T>(string path, ReaderOptions? options = null)
        where T : class
    {
        var (rows, report) = ReadAny(path, options);
        if (rows is not IReadOnlyList<T> typed)
        {
            throw new DataFormatException(path, $"expected a file read into {typeof(T).Name}, found a {report.Kind} file (vintage {report.Vintage})", line: 1);
        }

        return new ReadResult<T>(typed, report);
    }

    /// <summary>
    /// Opens a file for reading one record at a time, for files too large to hold: only the current row is in
    /// memory (and, for publications with one row per practice, one entry per practice to catch repeats).
    /// The report is complete once the records have all been enumerated.
    /// </summary>
    /// <example>
    /// <code>
    /// using var stream = NhsFile.Stream&lt;AgeBandCount&gt;("gp-reg-pat-prac-quin-age.csv", new ReaderOptions());
    /// var patients = stream.Sum(r => (long)r.Patients);
    /// Console.WriteLine($"{stream.Report.RowsRead} rows, {stream.Report.RowsRejected} rejected");
    /// </code>
    /// </example>
    /// <exception cref="DataFormatException">The file is another publication or no layout fits (here); while
    /// enumerating, (strict) a row is bad, or the file does not say its year and <see cref="ReaderOptions.Period"/> was not given.</exception>
    public static RecordStream<T> Stream<T>(string path, ReaderOptions? options = null)
        where T : class
    {
        var (source, match, dataset) = FileIdentifier.Open(path, DatasetRegistry.All);
        if (dataset is not Dataset<T> typed)
        {
            source.Dispose();
            throw new DataFormatException(path, $"expected a file read into {typeof(T).Name}, found a {match.Layout.Kind} file (vintage {match.Layout.Vintage})", line: 1);
        }

        return new RecordStream<T>(source, match, typed, options ?? ReaderOptions.Default);
    }

    /// <summary>Reads a file of whatever publication it is; the rows are that publication's record type.</summary>
    internal static (System.Collections.IList Rows, ReadReport Report) ReadAny(string path, ReaderOptions? options = null)
    {
        var (source, match, dataset) = FileIdentifier.Open(path, DatasetRegistry.All);
        using (source)
        {
            return dataset.ReadAll(source, match, options ?? ReaderOptions.Default);
        }
    }
}
