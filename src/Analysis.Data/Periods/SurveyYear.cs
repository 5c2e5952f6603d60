using System.Globalization;
using Analysis.Data.Codes;

namespace Analysis.Data.Periods;

/// <summary>
/// A GP Patient Survey wave, named by its publication year: fieldwork runs January to April and the
/// results are published in July, so a wave describes the months from its July to the next June.
/// </summary>
public readonly record struct SurveyYear : IComparable<SurveyYear>
{
    /// <summary>Creates the survey published in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2007–2999 (the survey began in 2007).</exception>
    public SurveyYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2007);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        Year = year;
    }

    /// <summary>The publication year.</summary>
    public int Year { get; }

    /// <summary>July of the publication year, the first month the results describe.</summary>
    public Month Published => new(Year, 7);

    /// <summary>True when the month is one this wave's results stand for (July to the next June).</summary>
    public bool Covers(Month month) => month >= Published && month < Published.Plus(12);

    /// <summary>The wave whose results stand for the given month.</summary>
    public static SurveyYear Covering(Month month) => new(month.Number >= 7 ? month.Year : month.Year - 1);

    /// <summary>Parses a four-digit year.</summary>
    public static ParseResult<SurveyYear> Parse(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2007 and <= 2999
            ? ParseResult<SurveyYear>.Ok(new SurveyYear(y))
            : ParseResult<SurveyYear>.Fail($"expected a survey year such as 2024, found '{t}'");
    }

    /// <inheritdoc />
    public int CompareTo(SurveyYear other) => Year.CompareTo(other.Year);

    /// <inheritdoc />
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);
}
