using System.Globalization;
using ExcelDataReader;

namespace Analysis.Data.Reading;

/// <summary>One sheet of an .xlsx workbook, read with ExcelDataReader; numbers keep their full precision.</summary>
internal sealed class XlsxSource : ITabularSource
{
    private readonly IExcelDataReader _reader;
    private readonly Stream _stream;

    private XlsxSource(string path, Stream stream, IExcelDataReader reader, IReadOnlyList<string> firstRow)
    {
        Path = path;
        _stream = stream;
        _reader = reader;
        Sheet = reader.Name;
        FirstRow = firstRow;
    }

    public string Path { get; }

    public string EncodingName => "xlsx";

    public string? Sheet { get; }

    public IReadOnlyList<string> FirstRow { get; }

    public int Line { get; private set; } = 1;

    public int FieldCount => _reader.FieldCount;

    // A cell's line breaks are part of its text; a sheet row is always one row.
    public bool SpansLines => false;

    public string this[int ordinal] => ordinal < _reader.FieldCount ? Format(_reader.GetValue(ordinal)) : string.Empty;

    /// <summary>
    /// Opens the workbook at the first non-empty sheet that <paramref name="choose"/> accepts, given
    /// the sheet's name and first row; null when no sheet is accepted.
    /// </summary>
    public static XlsxSource? Open(string path, Func<string, IReadOnlyList<string>, bool> choose)
    {
        // ExcelDataReader needs the legacy code pages registered, which SourceText does once for everyone.
        _ = SourceText.Windows1252;
        var stream = File.OpenRead(path);
        var reader = Guard(path, 1, () => ExcelReaderFactory.CreateOpenXmlReader(stream), stream);
        do
        {
            if (!Guard(path, 1, reader.Read, reader, stream))
            {
                continue;
            }

            var first = new string[reader.FieldCount];
            for (var c = 0; c < first.Length; c++)
            {
                first[c] = Format(reader.GetValue(c));
            }

            if (choose(reader.Name, first))
            {
                return new XlsxSource(path, stream, reader, first);
            }
        }
        while (Guard(path, 1, reader.NextResult, reader, stream));

        reader.Dispose();
        stream.Dispose();
        return null;
    }

    public void IncludeFirstRowAsData() =>
        throw new NotSupportedException("spreadsheets are read with a header row");

    public bool Read()
    {
        if (!Guard(Path, Line + 1, _reader.Read))
        {
            return false;
        }

        Line++;
        return true;
    }

    public string DescribeColumn(int ordinal, string? header)
    {
        var letters = string.Empty;
        for (var n = ordinal + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return header is null ? letters : $"{letters} '{header}'";
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    // A workbook cut short or damaged fails inside the zip or XML readers; say where, in the reader's terms.
    private static T Guard<T>(string path, int row, Func<T> read, params IDisposable[] onFailure)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or EndOfStreamException
                                      or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            foreach (var open in onFailure)
            {
                open.Dispose();
            }

            throw new DataFormatException(path, $"the workbook is damaged or cut short ({e.Message.TrimEnd('.')}); " +
                "expected a complete .xlsx file (a zip archive of sheets)", row);
        }
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
