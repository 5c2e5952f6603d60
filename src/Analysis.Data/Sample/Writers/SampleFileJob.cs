using System.Text;
using Analysis.Data.Reading;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// One file of the sample: where it goes, what publication it imitates, how its bytes are encoded and
/// terminated, the body that writes it (returning its data-row count) and the period to read it with
/// (<see cref="ReaderOptions.Period"/>) in the publication's own terms, or null where it has none.
/// </summary>
internal sealed record SampleFileJob(string RelativePath, DatasetKind Kind, string Description, Encoding Encoding, string NewLine, Func<TextWriter, int> Body, string? Period)
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public const string Crlf = "\r\n";

    public const string Lf = "\n";

    /// <summary>Writes the file whole or not at all, returning its data rows and size.</summary>
    public (int Rows, long Bytes) WriteTo(string path)
    {
        var rows = 0;
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Encoding, 1 << 16) { NewLine = NewLine };
            rows = Body(writer);
        });
        return (rows, new FileInfo(path).Length);
    }
}
