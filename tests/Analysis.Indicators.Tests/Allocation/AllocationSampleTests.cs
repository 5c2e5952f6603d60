using Analysis.Data.Geography;
using Analysis.Indicators.Allocation;
using Analysis.Indicators.Tests.Library;

namespace Analysis.Indicators.Tests.Allocation;

/// <summary>5,000 FTE placed by every rule among the practices of a small synthetic England, from SF01 run by the engine.</summary>
public sealed class AllocationSampleTests(SampleRun sample) : IClassFixture<SampleRun>
{
    private IReadOnlyList<AllocationPractice> Practices()
    {
        var practices = new IndicatorEngine().Run(sample.Panel, [.. sample.Indicators.Where(d => d.Id == "SF01")], Level.Practice);
        return Analysis.Indicators.Allocation.Allocation.PracticesFrom(practices, "SF01", sample.Panel);
    }

    [Fact]
    public void Sf01_practices_carry_supply_need_icb_and_decile_from_the_panel()
    {
        var practices = Practices();

        Assert.True(practices.Count > 250, $"{practices.Count} practices");
        Assert.All(practices, p => Assert.True(p.Need > 0 && p.Icb is not null && p.DeprivationDecile is >= 1 and <= 10, p.Practice));
    }

    [Fact]
    public void Every_rule_places_all_the_fte_and_filling_the_largest_shortfalls_leaves_the_least_short()
    {
        var results = Analysis.Indicators.Allocation.Allocation.Compare(Practices(), 50);

        Assert.All(results, r => Assert.Equal(50, r.Practices.Sum(p => p.Added), 9));
        Assert.All(results, r => Assert.Equal(50, r.Icbs.Sum(a => a.Added), 9));
        Assert.All(results, r => Assert.True(r.Summary.TotalShortfall.After < r.Summary.TotalShortfall.Before, r.Rule.ToString()));
        Assert.All(results, r => Assert.NotNull(r.Summary.Sii.Before));
        var largest = results.Single(r => r.Rule == AllocationRule.LargestShortfallFirst);
        Assert.All(results, r => Assert.True(largest.Summary.TotalShortfall.After <= r.Summary.TotalShortfall.After + 1e-9, r.Rule.ToString()));
        var proportional = results.Single(r => r.Rule == AllocationRule.ProportionalToNeed);
        Assert.Equal(proportional.Summary.TotalShortfall.Before, proportional.Summary.TotalShortfallAgainstNewRate.After, 6);
        Assert.True(proportional.Summary.IcbsBelowTarget.After <= proportional.Summary.IcbsBelowTarget.Before);
        Assert.Same(largest.SubIcbs, largest.Areas(AreaLevel.SubIcb));
    }

    [Fact]
    public void Results_at_another_level_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Analysis.Indicators.Allocation.Allocation.PracticesFrom(sample.Icb, "SF01", sample.Panel));

        Assert.StartsWith("an allocation needs practice-level results; these are at the Icb level", error.Message, StringComparison.Ordinal);
    }
}
