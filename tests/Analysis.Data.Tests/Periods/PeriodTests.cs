using Analysis.Data.Periods;

namespace Analysis.Data.Tests.Periods;

public sealed class PeriodTests
{
    [Fact]
    public void Months_know_their_financial_year_which_runs_april_to_march()
    {
        Assert.Equal("2022-23", new Month(2022, 4).FinancialYear.ToString());
        Assert.Equal("2022-23", new Month(2023, 3).FinancialYear.ToString());
        Assert.Equal("2021-22", new Month(2022, 3).FinancialYear.ToString());
        Assert.Equal(12, FinancialYear.Parse("2022-23").Value.Months.Count());
    }

    [Theory]
    [InlineData("2022-23")]
    [InlineData("2022/23")]
    [InlineData("2022-2023")]
    [InlineData("202223")]
    public void Financial_years_parse_every_published_spelling(string text) =>
        Assert.Equal(new FinancialYear(2022), FinancialYear.Parse(text).Value);

    [Theory]
    [InlineData("2022-24")]
    [InlineData("1999-00x")]
    [InlineData("22-23")]
    public void Non_consecutive_or_malformed_financial_years_are_refused(string text) =>
        Assert.False(FinancialYear.Parse(text).Success);

    [Fact]
    public void The_century_rolls_over_in_a_financial_year() =>
        Assert.Equal(new FinancialYear(1999), FinancialYear.Parse("1999-00").Value);

    [Fact]
    public void Month_arithmetic_crosses_years_and_round_trips_through_text()
    {
        var september = new Month(2024, 9);

        Assert.Equal(new Month(2025, 3), september.Plus(6));
        Assert.Equal(new Month(2023, 12), september.Plus(-9));
        Assert.Equal(18, new Month(2026, 3).MonthsSince(september));
        Assert.Equal(september, Month.Parse(september.ToString()).Value);
        Assert.Equal("2024-09", september.ToString());
        Assert.Equal(new DateOnly(2024, 9, 30), september.LastDay);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 13)]
    public void Impossible_months_cannot_be_made(int year, int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Month(year, number));

    [Fact]
    public void A_survey_wave_stands_for_july_to_the_next_june()
    {
        var wave = new SurveyYear(2024);

        Assert.True(wave.Covers(new Month(2024, 7)));
        Assert.True(wave.Covers(new Month(2025, 6)));
        Assert.False(wave.Covers(new Month(2024, 6)));
        Assert.Equal(new SurveyYear(2023), SurveyYear.Covering(new Month(2024, 6)));
    }
}
