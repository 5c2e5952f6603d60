using Analysis.Data.Geography;
using Analysis.Data.Payments;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Summaries;
using static Analysis.Data.Tests.Support.Records;

namespace Analysis.Data.Tests.Summaries;

public sealed class SupplyByAreaTests
{
    [Fact]
    public void Areas_sum_gps_and_weighted_patients_and_are_compared_with_the_england_rate()
    {
        var september = new Month(2022, 9);
        var panel = Panel.Build(NhsData.FromRecords(
        [
            PaymentsRow("X00001", "2022-23", weighted: 10_000m, subIcb: "AAA"), Census("X00001", september, 4m),
            PaymentsRow("X00002", "2022-23", weighted: 30_000m, subIcb: "AAA"), Census("X00002", september, 20m),
            PaymentsRow("X00003", "2022-23", weighted: 20_000m, subIcb: "BBB"), Census("X00003", september, 6m),
        ]));

        var (england, areas) = SupplyByArea.In(panel, september, AreaLevel.SubIcb);

        // England: 30 FTE / 60,000 weighted = 5 per 10,000.
        Assert.Equal(5m, england.GpFtePer10kWeighted);
        Assert.Equal(0m, england.Shortfall);

        // BBB would have 10 FTE at the England rate and has 6: 4 short, 40%. It comes first.
        var bbb = areas[0];
        Assert.Equal("BBB", bbb.Area?.Code);
        Assert.Equal(3m, bbb.GpFtePer10kWeighted);
        Assert.Equal(4m, bbb.Shortfall);
        Assert.Equal(40m, bbb.ShortfallPercent);

        // AAA: 24 FTE / 40,000 = 6 per 10,000 (not the 5.33 mean of its practices' rates); 4 FTE over.
        var aaa = areas[1];
        Assert.Equal(6m, aaa.GpFtePer10kWeighted);
        Assert.Equal(-4m, aaa.Shortfall);
        // The September census stays in force to the end of the financial year.
        Assert.Equal(new Month(2023, 3), SupplyByArea.LatestMonthWithSupplyAndNeed(panel));
    }

    [Fact]
    public void An_area_spelt_two_ways_is_one_area_under_the_name_most_of_its_practices_use()
    {
        var september = new Month(2022, 9);
        var spelt = (PracticePayments row, string name) => row with { SubIcb = row.SubIcb! with { Name = name } };
        var panel = Panel.Build(NhsData.FromRecords(
        [
            spelt(PaymentsRow("X00001", "2022-23", weighted: 10_000m, subIcb: "AAA"), "NHS Anywhere ICB - AAA"), Census("X00001", september, 4m),
            spelt(PaymentsRow("X00002", "2022-23", weighted: 10_000m, subIcb: "AAA"), "NHS ANYWHERE ICB - AAA"), Census("X00002", september, 5m),
            spelt(PaymentsRow("X00003", "2022-23", weighted: 10_000m, subIcb: "AAA"), "NHS Anywhere ICB - AAA"), Census("X00003", september, 6m),
        ]));

        var (_, areas) = SupplyByArea.In(panel, september, AreaLevel.SubIcb);

        var area = Assert.Single(areas);
        Assert.Equal(("AAA", "NHS Anywhere ICB - AAA", 3, 15m), (area.Area?.Code, area.Area?.Name, area.Practices, area.QualifiedGpFte));
    }

    [Fact]
    public void Practices_without_an_area_come_last_however_short_they_are()
    {
        var september = new Month(2022, 9);
        var nowhere = PaymentsRow("X00002", "2022-23", weighted: 10_000m) with { SubIcb = null };
        var panel = Panel.Build(NhsData.FromRecords(
        [
            PaymentsRow("X00001", "2022-23", weighted: 10_000m, subIcb: "AAA"), Census("X00001", september, 5m),
            nowhere, Census("X00002", september, 1m),
        ]));

        var (_, areas) = SupplyByArea.In(panel, september, AreaLevel.SubIcb);

        Assert.Equal(["AAA", null], areas.Select(a => a.Area?.Code));
        Assert.True(areas[1].ShortfallPercent > areas[0].ShortfallPercent);
    }
}
