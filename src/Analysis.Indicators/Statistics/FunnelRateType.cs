namespace Analysis.Statistics;

/// <summary>Whether a rate funnel holds crude rates or directly standardised rates (DSRs).</summary>
/// <remarks>METHODS.md §7 (<c>rate_type = "crude" | "dsr"</c>): DSR units with fewer than 10 events are not assessed.</remarks>
public enum FunnelRateType
{
    /// <summary>Crude rates: a unit with no events uses its supplied denominator.</summary>
    Crude,

    /// <summary>Directly standardised rates: a unit with no events has no derived denominator.</summary>
    Dsr,
}
