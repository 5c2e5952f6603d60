using Analysis.Data.Periods;
using Analysis.Reports.Tests.Support;

namespace Analysis.Reports.Tests.Site;

[Collection(ReportCollection.Name)]
public sealed class PeriodTests(ReportFixture fixture)
{
    [Fact]
    public void A_chosen_month_is_reported_for_every_indicator_and_the_under_doctored_tables_with_trends_from_the_years_before()
    {
        var site = Path.Combine(fixture.Work, "march-2022");
        ReportSite.Build(fixture.Request(site) with { Period = new Month(2022, 3), TrendYears = 1 });

        var practice = File.ReadAllText(Directory.GetFiles(Path.Combine(site, "practice"), "*.html").Order(StringComparer.Ordinal).First());
        var wf01 = SiteFiles.Row(practice, "WF01");
        Assert.Contains("<td class=\"month\">2022-03</td>", wf01, StringComparison.Ordinal);
        Assert.Contains("(trend: 2021-03 ", wf01, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-03", wf01, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"month\">2023", practice, StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("ICBs by GP FTE shortfall against the England rate, 2022-03", index, StringComparison.Ordinal);
        Assert.Contains("Every value is for 2022-03.", File.ReadAllText(Path.Combine(site, "methods.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_outside_the_data_is_refused_before_anything_is_written()
    {
        var site = Path.Combine(fixture.Work, "far-future");

        var e = Assert.Throws<ArgumentException>(() => ReportSite.Build(fixture.Request(site) with { Period = new Month(2031, 1) }));

        Assert.StartsWith("the period 2031-01 is outside the data, which runs from 2019-04 to ", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site));
    }
}
