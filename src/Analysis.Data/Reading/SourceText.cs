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

        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "UTF-8");
        }

        return (Windows1252.GetString(bytes), "Windows-1252");
    }
}
