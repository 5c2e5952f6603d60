namespace Analysis.Statistics;

/// <summary>How ratio funnel limits are expressed: as O/E, as O/E − 1 ("count"), or as an ISR × 100.</summary>
/// <remarks>METHODS.md §7 (<c>calculate_funnel_limits(ratio_type = "count" | "isr")</c>).</remarks>
public enum FunnelRatioType
{
    /// <summary>The plain ratio O/E (1 is the centre line).</summary>
    Ratio,

    /// <summary>PHE-IM "count": O/E − 1 (0 is the centre line).</summary>
    Count,

    /// <summary>PHE-IM "isr": O/E × 100 (100 is the centre line).</summary>
    Isr,
}
