using System.Globalization;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// One CSV record built in a reusable buffer: fields are appended with invariant formatting and quoted
/// only where the publication would quote them (a comma, quote or line feed inside), or always on request.
/// </summary>
internal sealed class CsvLine
{
    private char[] _buffer = new char[4096];
    private int _length;
    private bool _started;

    public CsvLine Clear()
    {
        _length = 0;
        _started = false;
        return this;
    }

    public CsvLine Text(string? value)
    {
        Separate();
        var text = value ?? string.Empty;
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Append(text);
        }
        else
        {
            AppendQuoted(text);
        }

        return this;
    }

    /// <summary>A field always in double quotes (epraccur quotes every field).</summary>
    public CsvLine Quoted(string? value)
    {
        Separate();
        AppendQuoted(value ?? string.Empty);
        return this;
    }

    public CsvLine Whole(long value)
    {
        Separate();
        Ensure(24);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A number in a .NET format such as <c>0.##</c>, <c>G10</c> or <c>0.0</c>.</summary>
    public CsvLine Number(double value, string format)
    {
        Separate();
        Ensure(40);
        // Negative zero would print as "-0".
        (value == 0 ? 0.0 : value).TryFormat(_buffer.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    public CsvLine Number(decimal value, string format)
    {
        Separate();
        Ensure(40);
        value.TryFormat(_buffer.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    public CsvLine Empty()
    {
        Separate();
        return this;
    }

    public void WriteTo(TextWriter writer) => writer.Write(_buffer.AsSpan(0, _length));

    private void Separate()
    {
        if (_started)
        {
            Ensure(1);
            _buffer[_length++] = ',';
        }

        _started = true;
    }

    private void Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void AppendQuoted(string text)
    {
        Ensure((2 * text.Length) + 2);
        _buffer[_length++] = '"';
        foreach (var c in text)
        {
            if (c == '"')
            {
                _buffer[_length++] = '"';
            }

            _buffer[_length++] = c;
        }

        _buffer[_length++] = '"';
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
