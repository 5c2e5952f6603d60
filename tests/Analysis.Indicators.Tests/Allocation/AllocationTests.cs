using Analysis.Data.Geography;
using Analysis.Indicators.Allocation;

namespace Analysis.Indicators.Tests.Allocation;

/// <summary>
/// Three practices by hand: P1 2 FTE for 10,000 of need, P2 6 for 20,000, P3 12 for 20,000. England has 20 FTE for
/// 50,000, so the target is 4 per 10,000: P1 should have 4 (short 2), P2 8 (short 2), P3 8 (4 over); 4 FTE short in all.
/// P1 and P2 are in ICB A (8 FTE for 30,000: 2.67, below 4), P3 in ICB B (6, above).
/// </summary>
public sealed class AllocationTests
{
    private static readonly Area IcbA = new(AreaLevel.Icb, "QA1", "ICB A");
    private static readonly Area IcbB = new(AreaLevel.Icb, "QB1", "ICB B");

    private static readonly AllocationPractice[] Three =
    [
        new("P1", "First", 2, 10_000, null, IcbA, null),
        new("P2", "Second", 6, 20_000, null, IcbA, null),
        new("P3", "Third", 12, 20_000, null, IcbB, null),
    ];

    [Fact]
    public void The_target_is_englands_rate_and_the_shortfall_before_is_the_sum_of_practice_gaps()
    {
        var result = Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.EqualPerPractice, 0);

        Assert.Equal(4.0, result.TargetRate, 12);
        Assert.Equal([2.0, 2.0, 0.0], result.Practices.Select(p => Math.Round(p.Shortfall.Before, 12)));
        Assert.Equal(4.0, result.Summary.TotalShortfall.Before, 12);
        Assert.Equal(new Change<int>(1, 1), result.Summary.IcbsBelowTarget);
    }

    [Fact]
    public void In_proportion_to_need_3_fte_give_06_12_12_and_leave_22_short()
    {
        var result = Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.ProportionalToNeed, 3);

        Assert.Equal([0.6, 1.2, 1.2], result.Practices.Select(p => Math.Round(p.Added, 12)));
        Assert.Equal([2.6, 7.2, 13.2], result.Practices.Select(p => Math.Round(p.SupplyAfter, 12)));
        Assert.Equal([1.4, 0.8, 0.0], result.Practices.Select(p => Math.Round(p.Shortfall.After, 12)));
        Assert.Equal(2.2, result.Summary.TotalShortfall.After, 12);

        // Against England's new rate (23 FTE for 50,000 = 4.6) every practice is exactly as short as before.
        Assert.Equal(4.6, result.Summary.EnglandRate.After, 12);
        Assert.Equal(4.0, result.Summary.TotalShortfallAgainstNewRate.After, 12);
    }

    [Fact]
    public void Largest_shortfall_first_fills_p1_then_p2_and_leaves_1_short()
    {
        // P1 and P2 are both 2 FTE short; P1 is short by more per unit of need (2 per 10,000 against 1), so it goes first.
        var result = Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.LargestShortfallFirst, 3);

        Assert.Equal([2.0, 1.0, 0.0], result.Practices.Select(p => Math.Round(p.Added, 12)));
        Assert.Equal([0.0, 1.0, 0.0], result.Practices.Select(p => Math.Round(p.Shortfall.After, 12)));
        Assert.Equal(1.0, result.Summary.TotalShortfall.After, 12);
        var a = result.Icbs.Single(i => i.Area.Code == "QA1");
        Assert.Equal(new Change<double>(8, 11), a.Supply);
        Assert.Equal(11.0 / 3, a.Rate.After, 12);
        Assert.Equal(1.0, a.Gap.After, 12);
        Assert.Equal(new Change<int>(1, 1), result.Summary.IcbsBelowTarget);
    }

    [Fact]
    public void Largest_shortfall_first_with_more_than_the_shortfall_fills_all_and_shares_the_rest_by_need()
    {
        // 4 FTE fill both shortfalls; the other 6 go 1.2, 2.4, 2.4 by need. ICB A reaches 15.6 for 30,000 = 5.2, above 4.
        var result = Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.LargestShortfallFirst, 10);

        Assert.Equal([5.2, 10.4, 14.4], result.Practices.Select(p => Math.Round(p.SupplyAfter, 12)));
        Assert.Equal(0.0, result.Summary.TotalShortfall.After, 12);
        Assert.Equal(new Change<int>(1, 0), result.Summary.IcbsBelowTarget);
    }

    [Fact]
    public void Equally_per_practice_3_fte_give_one_each_and_leave_2_short()
    {
        var result = Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.EqualPerPractice, 3);

        Assert.Equal([1.0, 1.0, 1.0], result.Practices.Select(p => p.Added));
        Assert.Equal(2.0, result.Summary.TotalShortfall.After, 12);
        Assert.Equal(3.0, result.Icbs.Sum(i => i.Added), 12);
    }

    /// <summary>
    /// Ten practices, one per decile, each with 10,000 of need; FTE fall from 5.0 (decile 1) by 0.2 a decile to 3.2,
    /// so rate = 5.1 − 2b at relative rank b: SII −2. The target is 4.1; deciles 6–10 are 0.1, 0.3, 0.5, 0.7 and 0.9
    /// short, 2.5 in all. Filling exactly those 2.5 FTE levels deciles 6–10 at 4.1, and the weighted fit of
    /// 5, 4.8, 4.6, 4.4, 4.2, 4.1 × 5 on b = 0.05…0.95 has slope −0.0825 / 0.0825 = −1.
    /// </summary>
    [Fact]
    public void Filling_the_most_deprived_shortfalls_halves_the_slope_index_from_minus_2_to_minus_1()
    {
        var low = new Area(AreaLevel.Icb, "QX1", "Less deprived");
        var high = new Area(AreaLevel.Icb, "QY1", "More deprived");
        var practices = Enumerable.Range(1, 10)
            .Select(i => new AllocationPractice($"D{i:00}", "Decile " + i, 5.2 - (0.2 * i), 10_000, null, i <= 5 ? low : high, i))
            .ToList();

        var largest = Analysis.Indicators.Allocation.Allocation.Allocate(practices, AllocationRule.LargestShortfallFirst, 2.5);
        var equal = Analysis.Indicators.Allocation.Allocation.Allocate(practices, AllocationRule.EqualPerPractice, 2.5);

        Assert.Equal(4.1, largest.TargetRate, 12);
        Assert.Equal(2.5, largest.Summary.TotalShortfall.Before, 12);
        Assert.Equal(0.0, largest.Summary.TotalShortfall.After, 9);
        Assert.Equal(-2.0, largest.Summary.Sii.Before!.Value, 9);
        Assert.Equal(-1.0, largest.Summary.Sii.After!.Value, 9);
        Assert.Equal(new Change<int>(1, 0), largest.Summary.IcbsBelowTarget);
        Assert.Equal(-2.0, equal.Summary.Sii.After!.Value, 9);
    }

    [Fact]
    public void Without_all_ten_deciles_there_is_no_slope_index()
    {
        Assert.Equal(new Change<double?>(null, null), Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.ProportionalToNeed, 3).Summary.Sii);
    }

    [Fact]
    public void Practices_without_need_are_left_out_and_named()
    {
        AllocationPractice[] practices = [.. Three, new("P4", "Closed", 1, 0, null, IcbB, null)];

        var result = Analysis.Indicators.Allocation.Allocation.Allocate(practices, AllocationRule.EqualPerPractice, 3);

        Assert.Equal(["P4"], result.LeftOut);
        Assert.Equal(3, result.Practices.Count);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        Assert.Contains("practice P1 is given more than once", Assert.Throws<ArgumentException>(() =>
            Analysis.Indicators.Allocation.Allocation.Allocate([.. Three, Three[0]], AllocationRule.EqualPerPractice)).Message, StringComparison.Ordinal);
        Assert.Contains("the FTE to place must be 0 or more (found -1)", Assert.Throws<ArgumentException>(() =>
            Analysis.Indicators.Allocation.Allocation.Allocate(Three, AllocationRule.EqualPerPractice, -1)).Message, StringComparison.Ordinal);
        Assert.Contains("no practice has a need above 0", Assert.Throws<ArgumentException>(() =>
            Analysis.Indicators.Allocation.Allocation.Allocate([Three[0] with { Need = 0 }], AllocationRule.EqualPerPractice)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_runs_every_rule_on_the_same_fte()
    {
        var results = Analysis.Indicators.Allocation.Allocation.Compare(Three, 3);

        Assert.Equal([AllocationRule.ProportionalToNeed, AllocationRule.LargestShortfallFirst, AllocationRule.EqualPerPractice], results.Select(r => r.Rule));
        Assert.All(results, r => Assert.Equal(3.0, r.Practices.Sum(p => p.Added), 12));
    }
}
