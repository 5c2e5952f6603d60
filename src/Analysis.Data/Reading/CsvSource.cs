using System.Globalization;
using Sylvan.Data.Csv;

namespace Analysis.Data.Reading;

/// <summary>A CSV file read with Sylvan, keeping physical line numbers across quoted line feeds.</summary>
internal sealed class CsvSource : ITabularSource
{
    private readonly CsvDataReader _reader;
    private int _nextLine;
    private bool _replayFirstRow;
    private bool _onFirstRow;

    public CsvSource(string path, string text, string encodingName)
    {
        Path = path;
        EncodingName = encodingName;
        _reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            Culture = CultureInfo.InvariantCulture,
            BufferSize = 1 << 16,
            MaxBufferSize = 1 << 24,
        });
        _nextLine = 1;
        FirstRow = _reader.Read() ? Cells() : [];
        Advance();
    }

    public string Path { get; }

    public string EncodingName { get; }

    public string? Sheet => null;

    public IReadOnlyList<string> FirstRow { get; }

    public int Line { get; private set; } = 1;

    public int FieldCount => _onFirstRow ? FirstRow.Count : _reader.RowFieldCount;

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
        if (!_reader.Read())
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
