using System.Globalization;
using Analysis.Data.Codes;

namespace Analysis.Data.Periods;

/// <summary>A calendar month, such as September 2024 (written <c>2024-09</c>).</summary>
public readonly record struct Month : IComparable<Month>
{
    private readonly int _index;

    /// <summary>Creates a month; <paramref name="number"/> runs from 1 (January) to 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2999 or the month outside 1–12.</exception>
    public Month(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        _index = (year * 12) + number - 1;
    }

    private Month(int index) => _index = index;

    /// <summary>The calendar year.</summary>
    public int Year => _index / 12;

    /// <summary>The month of the year, 1 (January) to 12 (December).</summary>
    public int Number => (_index % 12) + 1;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Number, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The April-to-March financial year this month falls in.</summary>
    public FinancialYear FinancialYear => new(Number >= 4 ? Year : Year - 1);

    /// <summary>The month the given number of months later (earlier when negative).</summary>
    public Month Plus(int months) => new(_index + months);

    /// <summary>Whole months from <paramref name="other"/> to this month.</summary>
    public int MonthsSince(Month other) => _index - other._index;

    /// <summary>The month containing the date.</summary>
    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Every month from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static IEnumerable<Month> Range(Month first, Month last)
    {
        for (var m = first; m <= last; m = m.Plus(1))
        {
            yield return m;
        }
    }

    /// <summary>Parses <c>yyyy-MM</c> (also accepts <c>yyyy-MM-dd</c>, taking its month).</summary>
    public static ParseResult<Month> Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if ((t.Length == 7 || t.Length == 10) && t[4] == '-'
            && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(t.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && y is >= 1900 and <= 2999 && m is >= 1 and <= 12)
        {
            return ParseResult<Month>.Ok(new Month(y, m));
        }

        return ParseResult<Month>.Fail($"expected a month as yyyy-MM, found '{t}'");
    }

    /// <inheritdoc />
    public int CompareTo(Month other) => _index.CompareTo(other._index);

    /// <summary>True when <paramref name="a"/> is earlier than <paramref name="b"/>.</summary>
    public static bool operator <(Month a, Month b) => a._index < b._index;

    /// <summary>True when <paramref name="a"/> is later than <paramref name="b"/>.</summary>
    public static bool operator >(Month a, Month b) => a._index > b._index;

    /// <summary>True when <paramref name="a"/> is not later than <paramref name="b"/>.</summary>
    public static bool operator <=(Month a, Month b) => a._index <= b._index;

    /// <summary>True when <paramref name="a"/> is not earlier than <paramref name="b"/>.</summary>
    public static bool operator >=(Month a, Month b) => a._index >= b._index;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");
}
