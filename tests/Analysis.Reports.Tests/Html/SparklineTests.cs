using Analysis.Data.Periods;

namespace Analysis.Reports.Tests.Html;

public sealed class SparklineTests
{
    [Fact]
    public void A_trend_is_a_line_from_the_lowest_to_the_highest_value_with_every_point_in_text()
    {
        var h = new HtmlText();
        Sparkline.Write(h, [new(new Month(2021, 3), 4.0), new(new Month(2022, 3), 5.0), new(new Month(2023, 3), 4.5)]);

        Assert.Equal(
            "<svg class=\"spark\" viewBox=\"0 0 72 20\" aria-hidden=\"true\"><polyline points=\"2.5,17.5 36,2.5 69.5,10\"/><circle cx=\"69.5\" cy=\"10\" r=\"2.2\"/></svg> "
            + "<span class=\"tr\">4.00 → 4.50</span><span class=\"vh\"> (trend: 2021-03 4.00; 2022-03 5.00; 2023-03 4.50)</span>",
            h.Builder.ToString());
    }

    [Fact]
    public void One_point_is_no_trend()
    {
        var h = new HtmlText();
        Sparkline.Write(h, [new(new Month(2023, 3), 4.0)]);
        Assert.Equal("–", h.Builder.ToString());
    }

    [Fact]
    public void A_flat_trend_runs_along_the_middle()
    {
        var h = new HtmlText();
        Sparkline.Write(h, [new(new Month(2022, 3), 2.0), new(new Month(2023, 3), 2.0)]);
        Assert.Contains("points=\"2.5,10 69.5,10\"", h.Builder.ToString(), StringComparison.Ordinal);
    }
}
