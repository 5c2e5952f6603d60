using System.Globalization;
using Sylvan.Data.Csv;

namespace Analysis.Data.Reading;

/// <summary>A CSV file read with Sylvan, keeping physical line numbers across quoted line feeds.</summary>
internal sealed class CsvSource : ITabularSource
{
    // No published record comes near this; one that does has a quote that was never closed.
    private const int MaxRecordChars = 1 << 24;

    private readonly CsvDataReader _reader;
    private int _nextLine;
    private bool _replayFirstRow;
    private bool _onFirstRow;

    public CsvSource(string path, string text, string encodingName)
        : this(path, new StringReader(text), encodingName)
    {
    }

    /// <summary>Reads the records from <paramref name="text"/> as they are needed, so a file of any size streams.</summary>
    public CsvSource(string path, TextReader text, string encodingName)
    {
        Path = path;
        EncodingName = encodingName;
        _nextLine = 1;
        _reader = Guard(() => CsvDataReader.Create(new LineEndingReader(text), new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',

            // NHS files have no comment lines; Sylvan's default comment mark '#' would silently drop every row that
            // starts with one. NUL never occurs in a text file (SourceText refuses files holding it).
            Comment = '\0',
            Culture = CultureInfo.InvariantCulture,
            BufferSize = 1 << 16,
            MaxBufferSize = MaxRecordChars,
            StringFactory = new CellPool().Create,
        }));
        FirstRow = Guard(_reader.Read) ? Cells() : [];
        Advance();
    }

    public string Path { get; }

    public string EncodingName { get; }

    public string? Sheet => null;

    public IReadOnlyList<string> FirstRow { get; }

    public int Line { get; private set; } = 1;

    public int FieldCount => _onFirstRow ? FirstRow.Count : _reader.RowFieldCount;

    public bool SpansLines => _nextLine - Line > 1;

    public string this[int ordinal] =>
        _onFirstRow ? (ordinal < FirstRow.Count ? FirstRow[ordinal] : string.Empty)
        : ordinal < _reader.RowFieldCount ? _reader.GetString(ordinal) : string.Empty;

    public void IncludeFirstRowAsData() => _replayFirstRow = FirstRow.Count > 0;

    public bool Read()
    {
        if (_replayFirstRow)
        {
            _replayFirstRow = false;
            _onFirstRow = true;
            Line = 1;
            return true;
        }

        _onFirstRow = false;
        if (!Guard(_reader.Read))
        {
            return false;
        }

        Advance();
        return true;
    }

    public string DescribeColumn(int ordinal, string? header) =>
        header is null ? (ordinal + 1).ToString(CultureInfo.InvariantCulture)
                       : string.Create(CultureInfo.InvariantCulture, $"{ordinal + 1} '{header}'");

    public void Dispose() => _reader.Dispose();

    // Sylvan stops at a quote it cannot pair (text after a closing quote, or a quote still open at the end of the
    // file) and cannot carry on after it, so the read stops there with the place and what was expected.
    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new DataFormatException(Path, FormattableString.Invariant(
                $"the record starting here runs on for more than {MaxRecordChars:N0} characters: a quote opened in it is never closed; expected every quoted cell to end with a quote"),
                _nextLine);
        }
        catch (CsvFormatException e)
        {
            throw new DataFormatException(Path,
                "a quoted cell is malformed (text after its closing quote, or a quote still open at the end of the file); " +
                "expected a quote to open a cell and the closing quote to be followed by a comma or the end of the line",
                _nextLine, (e.FieldOrdinal + 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    private string[] Cells()
    {
        var cells = new string[_reader.RowFieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _reader.GetString(i);
        }

        return cells;
    }

    // A record's line is where it starts; quoted line feeds inside it push the next record down.
    private void Advance()
    {
        Line = _nextLine;
        var raw = _reader.GetRawRecordSpan();
        _nextLine += 1 + raw.TrimEnd("\r\n").Count('\n');
    }
}
