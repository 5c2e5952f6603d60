using System.Globalization;
using System.Net;
using Deedle;

namespace Analysis.Interactive;

/// <summary>
/// Any Deedle frame in a notebook: its size and Deedle's own text layout of the first and last rows, the same in
/// VS Code and the headless runner (Deedle's notebook extension needs the kernel, which the runner does not have).
/// </summary>
internal static class FrameFormatter
{
    public static string Text(IFrame frame, int rows)
    {
        var type = frame.GetType();
        var count = (int)type.GetProperty("RowCount")!.GetValue(frame)!;
        var columns = (int)type.GetProperty("ColumnCount")!.GetValue(frame)!;
        var layout = (string)type.GetMethod("Format", [typeof(int), typeof(int)])!.Invoke(frame, [rows, 2])!;
        return string.Create(CultureInfo.InvariantCulture, $"Frame: {count:#,0} rows × {columns} columns\n{layout}");
    }

    public static string Html(IFrame frame, int rows)
    {
        var text = Text(frame, rows);
        var cut = text.IndexOf('\n', StringComparison.Ordinal);
        return $"<div class=\"analysis-sheet\"><p class=\"analysis-heading\"><strong>{WebUtility.HtmlEncode(text[..cut])}</strong></p><pre>{WebUtility.HtmlEncode(text[(cut + 1)..])}</pre></div>{Styles.Block}";
    }
}
