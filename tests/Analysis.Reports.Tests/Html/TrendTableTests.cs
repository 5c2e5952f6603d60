using Analysis.Data.Periods;

namespace Analysis.Reports.Tests.Html;

public sealed class TrendTableTests
{
    [Fact]
    public void Trend_months_are_the_year_ends_before_each_indicators_latest_month_inside_the_panel()
    {
        var months = TrendTable.Months([new Month(2023, 3), new Month(2024, 6)], 3, new Month(2020, 4), new Month(2024, 6));

        // 2023-03 (2022-23) needs 2022-03, 2021-03 (2020-03 is before the panel); 2024-06 (2024-25) needs 2024-03, 2023-03, 2022-03.
        Assert.Equal([new Month(2021, 3), new Month(2022, 3), new Month(2023, 3), new Month(2024, 3)], months);
    }
}
