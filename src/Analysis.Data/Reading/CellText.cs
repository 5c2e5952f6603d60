using System.Globalization;

namespace Analysis.Data.Reading;

/// <summary>
/// Parses the cell spellings NHS publications use for numbers and dates, always in the invariant
/// culture: thousands separators, floats for counts (<c>113.0</c>), Excel serial dates (<c>36251</c>),
/// <c>dd/mm/yyyy</c>, <c>yyyymmdd</c>, <c>01JAN2021</c> and ISO dates.
/// </summary>
internal static class CellText
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyyMMdd", "ddMMMyyyy", "yyyy-MM-dd", "dd-MMM-yyyy", "dd-MMM-yy", "d-MMM-yy",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);

    /// <summary>A whole number, accepting a float spelling of one (<c>113.0</c>, <c>1E3</c>).</summary>
    public static bool TryWhole(ReadOnlySpan<char> text, out long value)
    {
        if (TryPlainWhole(text, out value))
        {
            return true;
        }

        value = 0;
        if (!TryDecimal(text, out var d) || d != decimal.Truncate(d) || d > long.MaxValue || d < long.MinValue)
        {
            return false;
        }

        value = (long)d;
        return true;
    }

    // Most count cells are plain digits, or digits then ".0" (QOF writes registers as floats); parsing those by hand
    // skips the decimal parser, the dearest step of a narrow file's row. Anything else (signs, separators, exponents,
    // more than 18 digits) goes the general way.
    private static bool TryPlainWhole(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var point = text.IndexOf('.');
        var digits = point < 0 ? text : text[..point];
        if (digits.Length is 0 or > 18 || (point >= 0 && (point == text.Length - 1 || text[(point + 1)..].ContainsAnyExcept('0'))))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        // Excel stores dates as days since 1899-12-30; five digits cover 1927 to 2173.
        if (text.Length is >= 4 and <= 5 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            value = ExcelEpoch.AddDays(serial);
            return true;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            value = DateOnly.FromDateTime(dt);
            return true;
        }

        value = default;
        return false;
    }
}
