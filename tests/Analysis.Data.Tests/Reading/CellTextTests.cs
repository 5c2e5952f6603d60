using System.Globalization;
using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("36251", "1999-04-01")]      // Excel serial (payments 2017-18)
    [InlineData("01/04/1974", "1974-04-01")] // dd/mm/yyyy (payments 2022-23)
    [InlineData("19740401", "1974-04-01")]   // yyyymmdd (epraccur)
    [InlineData("01JAN2021", "2021-01-01")]  // registered patients extract date
    [InlineData("01Jan2022", "2022-01-01")]  // practice map extract date
    [InlineData("2026-07-01", "2026-07-01")] // quinary age extract date
    public void Every_published_date_spelling_parses(string cell, string expected)
    {
        Assert.True(CellText.TryDate(cell, out var date));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("31/02/2020")]
    [InlineData("2020-13-01")]
    [InlineData("yesterday")]
    public void Impossible_dates_do_not_parse(string cell) => Assert.False(CellText.TryDate(cell, out _));

    [Fact]
    public void Numbers_parse_the_same_under_a_comma_decimal_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.True(CellText.TryDecimal("7.493333333", out var fte));
            Assert.Equal(7.493333333m, fte);
            Assert.True(CellText.TryWhole("1,234", out var count));
            Assert.Equal(1234, count);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("113", 113L)]
    [InlineData("113.0", 113L)]
    [InlineData("113.000", 113L)]
    [InlineData("0.0", 0L)]
    [InlineData("007", 7L)]
    [InlineData("113.", 113L)]               // the general parser's answer for a bare point
    [InlineData("-5", -5L)]                  // signs go the general way
    [InlineData("1,234", 1234L)]             // as do thousands separators
    [InlineData("1E3", 1000L)]               // and exponents
    [InlineData("123456789012345678", 123456789012345678L)]
    [InlineData("1234567890123456789", 1234567890123456789L)] // 19 digits: past the hand parser, still read
    public void Whole_numbers_read_the_same_by_hand_or_by_the_decimal_parser(string cell, long expected)
    {
        Assert.True(CellText.TryWhole(cell, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("113.01")]
    [InlineData("1 13")]
    [InlineData(".")]
    [InlineData("12a")]
    [InlineData("99999999999999999999")]
    public void Cells_that_are_not_whole_numbers_are_refused(string cell)
    {
        Assert.False(CellText.TryWhole(cell, out var value));
        Assert.Equal(0, value);
    }
}
