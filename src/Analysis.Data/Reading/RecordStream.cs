namespace Analysis.Data.Reading;

/// <summary>
/// The records of one file, read one at a time as they are enumerated (see <see cref="NhsFile.Stream{T}"/>), and
/// the report of how they were read once the enumeration has finished. It can be enumerated once.
/// </summary>
/// <typeparam name="T">The record type of the publication.</typeparam>
public sealed class RecordStream<T> : IEnumerable<T>, IDisposable
    where T : class
{
    private readonly ITabularSource _source;
    private readonly LayoutMatch _match;
    private readonly Dataset<T> _dataset;
    private readonly ReaderOptions _options;
    private readonly ReadTally _tally = new();
    private ReadReport? _report;
    private bool _started;

    internal RecordStream(ITabularSource source, LayoutMatch match, Dataset<T> dataset, ReaderOptions options)
    {
        _source = source;
        _match = match;
        _dataset = dataset;
        _options = options;
    }

    /// <summary>The publication the header identified.</summary>
    public DatasetKind Kind => _match.Layout.Kind;

    /// <summary>The layout vintage the header identified.</summary>
    public string Vintage => _match.Layout.Vintage;

    /// <summary>How the file was read: every data row read, skipped or rejected.</summary>
    /// <exception cref="InvalidOperationException">The records have not all been enumerated yet.</exception>
    public ReadReport Report => _report ?? throw new InvalidOperationException(
        $"{_source.Path}: the report is complete only after every record has been enumerated");

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The stream was already enumerated (a file is read once).</exception>
    public IEnumerator<T> GetEnumerator()
    {
        if (_started)
        {
            throw new InvalidOperationException($"{_source.Path}: a record stream can be enumerated once; open the file again to re-read it");
        }

        _started = true;
        return Records().GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file; enumerating to the end closes it too.</summary>
    public void Dispose() => _source.Dispose();

    private IEnumerable<T> Records()
    {
        using (_source)
        {
            foreach (var record in _dataset.Enumerate(_source, _match, _options, _tally))
            {
                yield return record;
            }

            _report = _tally.Report(_source, _match, _dataset.Kind, _options);
        }
    }
}
