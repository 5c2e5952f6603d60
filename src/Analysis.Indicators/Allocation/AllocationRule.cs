namespace Analysis.Indicators.Allocation;

/// <summary>How extra GP FTE are shared out among practices.</summary>
public enum AllocationRule
{
    /// <summary>In proportion to each practice's need (weighted patients): every practice's rate rises by the same amount.</summary>
    ProportionalToNeed,

    /// <summary>
    /// To the largest shortfalls against the target first: the practice short of the most FTE is brought up to the
    /// target rate, then the next, and so on; anything left once every shortfall is filled goes in proportion to need.
    /// </summary>
    LargestShortfallFirst,

    /// <summary>The same number of FTE to every practice, whatever its size or shortfall.</summary>
    EqualPerPractice,
}
