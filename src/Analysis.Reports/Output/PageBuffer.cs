using System.Text;
using Analysis.Data;

namespace Analysis.Reports;

/// <summary>
/// One writer thread's reusable page: the HTML builder and a byte buffer it is encoded into, so writing thousands of
/// pages allocates next to nothing per page. Each file is written whole or not at all (<see cref="AtomicFile"/>).
/// </summary>
internal sealed class PageBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _bytes = new byte[128 * 1024];

    public HtmlText Html { get; } = new();

    /// <summary>Writes what <see cref="Html"/> holds to <paramref name="path"/>, clears it, and returns the bytes written.</summary>
    public long WriteTo(string path)
    {
        var builder = Html.Builder;
        var needed = Utf8.GetMaxByteCount(builder.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        }

        var length = 0;
        _encoder.Reset();
        foreach (var chunk in builder.GetChunks())
        {
            length += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(length), flush: false);
        }

        length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _bytes.AsSpan(length), flush: true);
        var bytes = _bytes;
        AtomicFile.Write(path, stream => stream.Write(bytes, 0, length));
        Html.Clear();
        return length;
    }
}
