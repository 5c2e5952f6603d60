using Analysis.Data.Panels;
using Analysis.Data.Periods;
using static Analysis.Data.Tests.Support.Records;

namespace Analysis.Data.Tests.Panels;

public sealed class PanelTests
{
    private static readonly Month April2022 = new(2022, 4);

    [Fact]
    public void Annual_payments_apply_to_every_month_of_their_financial_year()
    {
        var data = NhsData.FromRecords([PaymentsRow("X00001", "2022-23", weighted: 6100m)]);

        var panel = Panel.Build(data);

        Assert.Equal(April2022, panel.First);
        Assert.Equal(new Month(2023, 3), panel.Last);
        Assert.Equal(12, panel.Rows.Count);
        Assert.All(panel.Rows, r => Assert.Equal(6100m, r.WeightedPatients));
    }

    [Fact]
    public void A_census_applies_until_the_next_one_and_never_beyond_twelve_months()
    {
        var data = NhsData.FromRecords(
            [
                Census("X00001", new Month(2020, 9), 3.0m), Census("X00001", new Month(2021, 3), 4.0m),
                PaymentsRow("X00001", "2020-21"), PaymentsRow("X00001", "2021-22"), PaymentsRow("X00001", "2022-23"),
            ]);

        var panel = Panel.Build(data);
        decimal? Gp(int year, int month) => panel.For(Code("X00001")).Single(r => r.Month == new Month(year, month)).Workforce?.QualifiedGpFte;

        Assert.Null(Gp(2020, 8));
        Assert.Equal(3.0m, Gp(2020, 9));
        Assert.Equal(3.0m, Gp(2021, 2));
        Assert.Equal(4.0m, Gp(2021, 3));
        Assert.Equal(4.0m, Gp(2022, 2));
        Assert.Null(Gp(2022, 3));
    }

    [Fact]
    public void Geography_is_taken_as_of_the_month_from_the_latest_map_on_or_before_it()
    {
        var data = NhsData.FromRecords(
            [PaymentsRow("X00001", "2022-23"), Map("X00001", new Month(2022, 4), "UX0001", "16C", "QHM", "Y63"), Map("X00001", new Month(2022, 10), "UX0002", "16C", "QHM", "Y63")]);

        var rows = Panel.Build(data).For(Code("X00001")).ToList();

        Assert.Equal("UX0001", rows.Single(r => r.Month == new Month(2022, 9)).Geography.Pcn?.Code);
        Assert.Equal("UX0002", rows.Single(r => r.Month == new Month(2022, 10)).Geography.Pcn?.Code);
        Assert.Equal("QHM", rows[0].Geography.Icb?.Code);
    }

    [Fact]
    public void Rows_stop_at_the_month_a_practice_closes()
    {
        var data = NhsData.FromRecords(
            [PaymentsRow("X00001", "2022-23"), PaymentsRow("X00002", "2022-23", close: new DateOnly(2022, 9, 30))]);

        var panel = Panel.Build(data);

        Assert.Equal(12, panel.For(Code("X00001")).Count());
        Assert.Equal(new Month(2022, 9), panel.For(Code("X00002")).Last().Month);
        Assert.Equal(2, panel.At(new Month(2022, 9)).Count());
        Assert.Single(panel.At(new Month(2022, 10)));
    }

    [Fact]
    public void Coverage_says_why_a_practice_lacks_a_dataset()
    {
        var data = NhsData.FromRecords(
            [
                PaymentsRow("X00001", "2021-22"), PaymentsRow("X00001", "2022-23"),
                PaymentsRow("X00002", "2021-22"), PaymentsRow("X00002", "2022-23"),
                PaymentsRow("X00003", "2021-22", close: new DateOnly(2023, 1, 31)),
                Census("X00001", new Month(2022, 9), 3m), Census("X00003", new Month(2022, 9), 2m),
            ]);

        var coverage = Panel.Build(data).Coverage;
        var gaps = coverage.Gaps.Where(g => g.Dataset == PanelDataset.Workforce).ToList();

        // Before the first census there is no workforce publication at all.
        Assert.Contains(gaps, g => g.Practice == Code("X00001") && g.Reason == MissingReason.NoPublicationForPeriod
            && g.From == new Month(2021, 4) && g.To == new Month(2022, 8));

        // X00002 is open while the census covers it, but is not in it.
        Assert.Contains(gaps, g => g.Practice == Code("X00002") && g.Reason == MissingReason.NotInPublication
            && g.From == new Month(2022, 9) && g.To == new Month(2023, 3));

        // X00003 closes in January 2023: its missing payments row for 2022-23 is explained by closing.
        Assert.Contains(coverage.Gaps, g => g.Practice == Code("X00003") && g.Dataset == PanelDataset.Payments
            && g.Reason == MissingReason.ClosingOrMerging && g.From == new Month(2022, 4) && g.To == new Month(2023, 1));

        var payments = coverage.Datasets.Single(d => d.Dataset == PanelDataset.Payments);
        Assert.Equal(24 + 24 + 22, payments.PracticeMonths);
        Assert.Equal(24 + 24 + 12, payments.Covered);
    }

    [Fact]
    public void Many_practices_built_in_parallel_come_out_in_practice_then_month_order_every_time()
    {
        var records = Enumerable.Range(1, 600).SelectMany(i => new object[]
        {
            PaymentsRow($"X{i:D5}", "2022-23"),
            Census($"X{i:D5}", new Month(2022, 9), i % 7),
        }).Reverse().ToList();

        var first = Panel.Build(NhsData.FromRecords(records));
        var second = Panel.Build(NhsData.FromRecords(records));

        Assert.Equal(600 * 12, first.Rows.Count);
        Assert.Equal(first.Rows.Select(r => (r.Practice, r.Month)).Order(), first.Rows.Select(r => (r.Practice, r.Month)));
        Assert.Equal(first.Rows.Select(r => r.Workforce?.QualifiedGpFte), second.Rows.Select(r => r.Workforce?.QualifiedGpFte));
        Assert.Equal(first.Coverage.Gaps, second.Coverage.Gaps);
        Assert.Equal(600 * 5, first.Coverage.Datasets.Single(d => d.Dataset == PanelDataset.Workforce).Missing[MissingReason.NoPublicationForPeriod]);
    }

    [Fact]
    public void Building_from_nothing_dated_asks_for_the_months()
    {
        var e = Assert.Throws<ArgumentException>(() => Panel.Build(NhsData.FromRecords([])));

        Assert.Contains("PanelOptions.First", e.Message);
    }
}
