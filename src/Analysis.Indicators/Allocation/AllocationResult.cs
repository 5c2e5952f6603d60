using Analysis.Data.Geography;

namespace Analysis.Indicators.Allocation;

/// <summary>
/// An allocation of extra GP FTE by one rule: each practice's new FTE and shortfall, each area's, and what changed
/// for England. The target is England's rate before the allocation (a fixed yardstick, so rules compare fairly).
/// </summary>
/// <param name="Rule">The rule used.</param>
/// <param name="ExtraFte">The FTE placed.</param>
/// <param name="TargetRate">The target: England's FTE per 10,000 of need before the allocation.</param>
/// <param name="Practices">Every practice, in the order given.</param>
/// <param name="Icbs">Every ICB, by code.</param>
/// <param name="SubIcbs">Every sub-ICB location, by code.</param>
/// <param name="Summary">What changed for England.</param>
/// <param name="LeftOut">Practices given but left out (need not above 0, or supply not a number), by code.</param>
public sealed record AllocationResult(
    AllocationRule Rule,
    double ExtraFte,
    double TargetRate,
    IReadOnlyList<AllocatedPractice> Practices,
    IReadOnlyList<AreaAllocation> Icbs,
    IReadOnlyList<AreaAllocation> SubIcbs,
    AllocationSummary Summary,
    IReadOnlyList<string> LeftOut)
{
    /// <summary>The areas at a tier (ICB or sub-ICB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another tier was asked for.</exception>
    public IReadOnlyList<AreaAllocation> Areas(AreaLevel level) => level switch
    {
        AreaLevel.Icb => Icbs,
        AreaLevel.SubIcb => SubIcbs,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "allocations are summed to ICBs and sub-ICB locations"),
    };
}
