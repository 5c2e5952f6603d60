namespace Analysis.Data.Reading;

/// <summary>
/// Passes text through with every lone carriage return (the line ending of classic Mac files, still written by
/// Excel for Mac's "CSV" format) turned into a line feed. Sylvan ends records at LF and CRLF only, so without
/// this a CR-only file is one enormous record and a file mixing endings merges rows.
/// </summary>
internal sealed class LineEndingReader(TextReader inner) : TextReader
{
    // A TextReader cannot look two characters ahead, so a peeked CR is reported as it is; the parser reads blocks.
    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var next = inner.Read();
        return next == '\r' && inner.Peek() != '\n' ? '\n' : next;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        for (var i = 0; i < read; i++)
        {
            // A CR at the end of the block looks ahead into the next one, which the inner reader has buffered.
            if (buffer[i] == '\r' && (i + 1 < read ? buffer[i + 1] : inner.Peek()) != '\n')
            {
                buffer[i] = '\n';
            }
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
