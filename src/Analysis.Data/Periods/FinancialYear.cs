using System.Globalization;
using Analysis.Data.Codes;

namespace Analysis.Data.Periods;

/// <summary>An NHS financial year, April to March, written like <c>2022-23</c>.</summary>
public readonly record struct FinancialYear : IComparable<FinancialYear>
{
    /// <summary>Creates the financial year that starts in April of <paramref name="startYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2998.</exception>
    public FinancialYear(int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, 2998);
        StartYear = startYear;
    }

    /// <summary>The calendar year in which the financial year starts (April).</summary>
    public int StartYear { get; }

    /// <summary>The calendar year in which the financial year ends (March).</summary>
    public int EndYear => StartYear + 1;

    /// <summary>April, the first month.</summary>
    public Month FirstMonth => new(StartYear, 4);

    /// <summary>March, the last month.</summary>
    public Month LastMonth => new(EndYear, 3);

    /// <summary>The twelve months, April to March.</summary>
    public IEnumerable<Month> Months => Month.Range(FirstMonth, LastMonth);

    /// <summary>True when the month falls in this financial year.</summary>
    public bool Contains(Month month) => month >= FirstMonth && month <= LastMonth;

    /// <summary>The financial year ending in March of <paramref name="endYear"/>.</summary>
    public static FinancialYear EndingIn(int endYear) => new(endYear - 1);

    /// <summary>Parses <c>2022-23</c>, <c>2022/23</c>, <c>2022-2023</c> or <c>202223</c>.</summary>
    public static ParseResult<FinancialYear> Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        int start, end;
        if (t.Length == 7 && (t[4] == '-' || t[4] == '/')
            && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out end))
        {
            end = WithCentury(start, end);
        }
        else if (t.Length == 9 && (t[4] == '-' || t[4] == '/')
            && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out end))
        {
        }
        else if (t.Length == 6
            && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(t[4..], NumberStyles.None, CultureInfo.InvariantCulture, out end))
        {
            end = WithCentury(start, end);
        }
        else
        {
            return ParseResult<FinancialYear>.Fail($"expected a financial year such as 2022-23, found '{t}'");
        }

        return end == start + 1 && start is >= 1900 and <= 2998
            ? ParseResult<FinancialYear>.Ok(new FinancialYear(start))
            : ParseResult<FinancialYear>.Fail($"expected consecutive years in a financial year such as 2022-23, found '{t}'");
    }

    // "1999-00" ends in 2000: the two-digit end year takes the century of the year after the start.
    private static int WithCentury(int start, int twoDigitEnd) => ((start + 1) / 100 * 100) + twoDigitEnd;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>True when <paramref name="a"/> is earlier than <paramref name="b"/>.</summary>
    public static bool operator <(FinancialYear a, FinancialYear b) => a.StartYear < b.StartYear;

    /// <summary>True when <paramref name="a"/> is later than <paramref name="b"/>.</summary>
    public static bool operator >(FinancialYear a, FinancialYear b) => a.StartYear > b.StartYear;

    /// <summary>True when <paramref name="a"/> is not later than <paramref name="b"/>.</summary>
    public static bool operator <=(FinancialYear a, FinancialYear b) => a.StartYear <= b.StartYear;

    /// <summary>True when <paramref name="a"/> is not earlier than <paramref name="b"/>.</summary>
    public static bool operator >=(FinancialYear a, FinancialYear b) => a.StartYear >= b.StartYear;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}-{EndYear % 100:D2}");
}
