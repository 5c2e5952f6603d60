using Analysis.Data.Geography;
using Analysis.Data.Summaries;

namespace Analysis.Reports.Tests.Html;

public sealed class SupplyMergeTests
{
    [Fact]
    public void An_area_renamed_within_the_data_is_one_row_with_its_sums_added_and_the_ranking_redone()
    {
        var oldName = new Area(AreaLevel.SubIcb, "16C", "NHS Tees Valley CCG");
        var newName = oldName with { Name = "NHS North East and North Cumbria ICB - 16C" };
        var other = new Area(AreaLevel.SubIcb, "00L", "Northumberland");
        AreaSupply[] areas =
        [
            new(oldName, 10, 40m, 100_000m, 44m),   // 10% short
            new(other, 30, 150m, 300_000m, 160m),   // 6.25% short
            new(newName, 50, 230m, 500_000m, 220m), // 4.5% over
        ];

        var merged = ReportModelBuilder.MergeByCode(areas);

        Assert.Equal(["00L", "16C"], merged.Select(a => a.Area!.Code));
        var tees = merged[1];
        Assert.Equal((newName, 60, 270m, 600_000m, 264m), (tees.Area, tees.Practices, tees.QualifiedGpFte, tees.WeightedPatients, tees.ExpectedGpFte));
        Assert.Equal(-6m, tees.Shortfall);
    }
}
