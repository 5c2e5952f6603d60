using System.Globalization;
using System.Text;
using Analysis.Data.Qof;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Corpus;

/// <summary>
/// Files are read in 64 KB blocks; what straddles two blocks (a carriage return and what follows it, a UTF-8
/// character's bytes) must read as if the file were one block.
/// </summary>
public sealed class BufferBoundaryTests : IDisposable
{
    private const string Header = "PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE";
    private readonly string _folder = Directory.CreateTempSubdirectory("bad-data-blocks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Every_row_of_a_file_several_blocks_long_is_counted_on_its_own_line(string lineEnding)
    {
        // 6,000 rows of 28 characters: about 170,000 characters, so line endings fall on every block boundary offset.
        var rows = Enumerable.Range(0, 6_000).Select(i => FormattableString.Invariant($"X{i:D5},AF,{i % 90},TOTAL,{(i % 900) + 100}")).ToList();
        rows[5_999] = "X05999,AF,oops,TOTAL,100";
        var path = Write("blocks.csv", Encoding.UTF8.GetBytes(Header + lineEnding + string.Join(lineEnding, rows) + lineEnding));

        var (read, report) = NhsFile.ReadAny(path, new ReaderOptions { Period = "2024-25" });

        Assert.Equal((6_000, 5_999, 1), (report.DataRows, read.Count, report.RowsRejected));
        Assert.Equal(6_001, Assert.Single(report.Issues).Line);
        Assert.Equal("X05998", read.Cast<QofPrevalence>().Last().Practice.Value);
    }

    [Fact]
    public void A_carriage_return_at_the_end_of_a_block_looks_into_the_next_block()
    {
        // One character per read puts every carriage return at the end of a block.
        using var reader = new LineEndingReader(new Trickle("a\rb\r\nc\r\rd\r"));

        Assert.Equal("a\nb\r\nc\n\nd\n", reader.ReadToEnd());
    }

    [Fact]
    public void A_utf8_character_split_across_two_blocks_keeps_the_file_utf8()
    {
        // The two bytes of 'é' sit either side of the 65,536th byte of the file.
        var head = Encoding.UTF8.GetBytes(Header + "\n");
        var filler = new StringBuilder();
        var i = 0;
        while (head.Length + filler.Length < (1 << 16) - 40)
        {
            filler.Append(CultureInfo.InvariantCulture, $"X{i++:D5},AF,1,TOTAL,100\n");
        }

        var before = head.Concat(Encoding.ASCII.GetBytes(filler.ToString())).ToList();
        var pad = (1 << 16) - 1 - before.Count - "X99999,".Length;
        var row = Encoding.UTF8.GetBytes("X99999," + new string('A', pad) + "é,1,TOTAL,100\n");
        var path = Write("split.csv", [.. before, .. row]);
        Assert.Equal(0xC3, File.ReadAllBytes(path)[(1 << 16) - 1]);

        var (read, report) = NhsFile.ReadAny(path, new ReaderOptions { Period = "2024-25" });

        Assert.Equal("UTF-8", report.Encoding);
        Assert.EndsWith("AÉ", read.Cast<QofPrevalence>().Last().Register, StringComparison.Ordinal);
    }

    /// <summary>A reader that hands out one character per read.</summary>
    private sealed class Trickle(string text) : TextReader
    {
        private readonly StringReader _text = new(text);

        public override int Peek() => _text.Peek();

        public override int Read() => _text.Read();

        public override int Read(Span<char> buffer) => _text.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
