using System.Text;
using System.Text.Unicode;

namespace Analysis.Data.Reading;

/// <summary>
/// Turns a published file's bytes into text. NHS files come as UTF-8 with or without a BOM, or as
/// Windows-1252 (the 2015-16 payments file's <c>£</c> is byte 0xA3); the encoding is found from the
/// bytes, never assumed from the file name.
/// </summary>
internal static class SourceText
{
    // Large enough that a 200 MB file is checked in a few thousand reads; small enough to stay off the large-object heap.
    private const int ChunkBytes = 1 << 16;

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "UTF-8 with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE with BOM");
        }

        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "UTF-8");
        }

        return (Windows1252.GetString(bytes), "Windows-1252");
    }

    /// <summary>
    /// Opens the file as text without reading it all into memory: the encoding comes from a byte-order mark, or
    /// from one pass over the bytes checking they are valid UTF-8 (Windows-1252 when they are not).
    /// </summary>
    /// <exception cref="DataFormatException">The file holds NUL bytes (UTF-16 without a byte-order mark, or not text).</exception>
    public static (TextReader Reader, string EncodingName) Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.SequentialScan);
        try
        {
            var (encoding, name, preamble) = Detect(path, stream);
            stream.Position = preamble;
            return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, ChunkBytes), name);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static (Encoding Encoding, string Name, int Preamble) Detect(string path, Stream stream)
    {
        var buffer = new byte[ChunkBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, read);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), "UTF-8 with BOM", 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "UTF-16LE with BOM", 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "UTF-16BE with BOM", 2);
        }

        // A NUL byte never occurs in UTF-8 or Windows-1252 text; read as either, UTF-16 would become a header of
        // NUL-separated letters that matches nothing, and the message would not say why.
        if (head.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new DataFormatException(path, $"byte {nul + 1} is a NUL: the file is UTF-16 without a byte-order mark, or not text at all; " +
                "expected UTF-8 or Windows-1252 text (or UTF-16 with its byte-order mark)", line: 1);
        }

        return IsUtf8(stream, buffer, read) ? (new UTF8Encoding(false), "UTF-8", 0) : (Windows1252, "Windows-1252", 0);
    }

    // Checked a chunk at a time; a character split across two chunks is carried over to the next one.
    private static bool IsUtf8(Stream stream, byte[] buffer, int read)
    {
        var carried = 0;
        var chars = new char[ChunkBytes];
        while (true)
        {
            var available = carried + read;
            var final = read == 0;
            var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return false;
            }

            if (final)
            {
                return true;
            }

            carried = available - consumed;
            buffer.AsSpan(consumed, carried).CopyTo(buffer);
            read = stream.ReadAtLeast(buffer.AsSpan(carried), buffer.Length - carried, throwOnEndOfStream: false);
        }
    }
}
