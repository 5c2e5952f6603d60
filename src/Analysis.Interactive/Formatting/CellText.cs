using System.Collections;
using System.Globalization;

namespace Analysis.Interactive;

/// <summary>Any value as a short table cell: numbers invariant and right-aligned, dates ISO, long text cut, nested records and lists summarised.</summary>
internal static class CellText
{
    private const int LongestText = 60;

    public static Cell Of(object? value) => value switch
    {
        null => "–",
        string s => Cut(s),
        bool b => b ? "yes" : "no",
        double d => Cell.Number(double.IsFinite(d) ? ChartNumbers.Text(d) : "–"),
        float f => Cell.Number(ChartNumbers.Text(f)),
        decimal m => Cell.Number(ChartNumbers.Text((double)m)),
        int or long or short or byte or uint or ulong => Cell.Number(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable formattable => Cut(formattable.ToString(null, CultureInfo.InvariantCulture)),
        IDictionary dictionary => $"{dictionary.Count} entries",
        IEnumerable sequence => $"{sequence.Cast<object?>().Count()} items",
        _ => Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>Whether a type reads as one cell (a number, text, a date, a code) rather than as a row of properties.</summary>
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime)
            || (t.IsValueType && t.GetProperties().Length <= 1) || t.Namespace is "Analysis.Data.Periods" or "Analysis.Data.Codes";
    }

    private static string Cut(string text) => text.Length <= LongestText ? text : text[..(LongestText - 1)] + "…";
}
