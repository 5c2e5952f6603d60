using System.Text;

namespace Analysis.Indicators.Engine.Results;

/// <summary>How result files are encoded: UTF-8 without a byte-order mark, LF line ends.</summary>
internal static class ResultText
{
    /// <summary>UTF-8 without a byte-order mark, LF line ends.</summary>
    public static StreamWriter Writer(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
