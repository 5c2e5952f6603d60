using Analysis.Indicators;

namespace Analysis.Interactive.Tests.Charts;

/// <summary>The allocation chart on four hand-made practices, two in the least and two in the most deprived decile.</summary>
public sealed class AllocationChartsTests
{
    private static readonly AllocationPractice[] Practices =
    [
        new("A1", "A1 least deprived", 6, 10_000, null, null, 1),
        new("A2", "A2 least deprived", 4, 10_000, null, null, 1),
        new("B1", "B1 most deprived", 3, 10_000, null, null, 10),
        new("B2", "B2 most deprived", 1, 10_000, null, null, 10),
    ];

    [Fact]
    public void Each_decile_shows_supply_over_need_before_and_after_each_rule_with_englands_rate_before()
    {
        // Before: decile 1 has 10 FTE for 20,000 of need (5 per 10,000), decile 10 has 4 (2); England 14 / 40,000 = 3.5.
        // Equal per practice places 1 FTE in each of the four: 12 (6 per 10,000) and 6 (3).
        var json = AllocationCharts.ByDecile([Allocation.Allocate(Practices, AllocationRule.EqualPerPractice, 4)]).Json();

        Assert.Contains("\"name\":\"England before 3.50\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Before\",\"x\":[1,2,3,4,5,6,7,8,9,10],\"y\":[5.0,null,null,null,null,null,null,null,null,2.0]", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"After: equal per practice\",\"x\":[1,2,3,4,5,6,7,8,9,10],\"y\":[6.0,null,null,null,null,null,null,null,null,3.0]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void No_allocation_is_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => AllocationCharts.ByDecile([]));

        Assert.StartsWith("a chart of allocations needs at least one allocation", error.Message, StringComparison.Ordinal);
    }
}
