namespace Analysis.Indicators.Allocation;

/// <summary>One practice after an allocation: the FTE it was given, its new FTE, and its shortfall against the target before and after.</summary>
/// <param name="Practice">The practice as it was.</param>
/// <param name="Added">Extra FTE placed there.</param>
/// <param name="Shortfall">FTE short of the target rate for its need, before and after (0 when at or above it).</param>
public sealed record AllocatedPractice(AllocationPractice Practice, double Added, Change<double> Shortfall)
{
    /// <summary>FTE after the allocation.</summary>
    public double SupplyAfter => Practice.Supply + Added;
}
