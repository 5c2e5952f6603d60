namespace Analysis.Indicators;

/// <summary>Where an area lies against the funnel limits around the benchmark, as PHE's funnel plots label it.</summary>
public enum FunnelSignal
{
    /// <summary>No funnel for this value (no interval, suppressed, or not applicable to the value type).</summary>
    NotApplicable,

    /// <summary>Inside the 95% limits.</summary>
    NotSignificant,

    /// <summary>Above the 95% limit but not the 99.8% one ("High (0.025)").</summary>
    High,

    /// <summary>Above the 99.8% limit ("High (0.001)").</summary>
    VeryHigh,

    /// <summary>Below the 95% limit but not the 99.8% one ("Low (0.025)").</summary>
    Low,

    /// <summary>Below the 99.8% limit ("Low (0.001)").</summary>
    VeryLow,
}
