namespace Analysis.Indicators.Allocation;

/// <summary>
/// What an allocation changes for England: the total shortfall against the target, the slope index of inequality
/// of FTE per 10,000 of need across deprivation deciles, and how many ICBs and sub-ICBs are below the target rate.
/// </summary>
/// <param name="TotalShortfall">Σ practice shortfalls against the target (FTE), before and after.</param>
/// <param name="TotalShortfallAgainstNewRate">
/// After the allocation, Σ practice shortfalls against England's new rate (which rises with the extra FTE); before,
/// the same as <paramref name="TotalShortfall"/>. Allocating in proportion to need leaves this unchanged.
/// </param>
/// <param name="Sii">
/// The slope index of inequality of FTE per 10,000 of need across the ten deprivation deciles (decile 1 least
/// deprived, so negative means fewer GPs where more deprived), before and after; null without all ten deciles.
/// </param>
/// <param name="IcbsBelowTarget">ICBs whose FTE per need is below the target rate, before and after.</param>
/// <param name="SubIcbsBelowTarget">Sub-ICB locations below the target rate, before and after.</param>
/// <param name="EnglandRate">England's FTE per 10,000 of need, before (the target) and after.</param>
public sealed record AllocationSummary(
    Change<double> TotalShortfall,
    Change<double> TotalShortfallAgainstNewRate,
    Change<double?> Sii,
    Change<int> IcbsBelowTarget,
    Change<int> SubIcbsBelowTarget,
    Change<double> EnglandRate);
