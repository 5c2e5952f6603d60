namespace Analysis.Statistics;

/// <summary>Where a unit falls against the funnel's control limits, in PHEindicatormethods' categories.</summary>
/// <remarks>
/// METHODS.md §7 (<c>assign_funnel_significance</c>): "High (0.001)", "High (0.025)", "Low (0.001)",
/// "Low (0.025)", "Not significant", checked 99.8% first, and "Not applicable for events less than 10 for
/// dsrs". <see cref="Missing"/> is this toolkit's own: the unit's inputs are missing (see
/// <see cref="Funnel.Label"/> for the published wording).
/// </remarks>
public enum FunnelSignificance
{
    /// <summary>Inside both pairs of limits ("Not significant").</summary>
    NotSignificant,

    /// <summary>Above the 99.8% limit ("High (0.001)").</summary>
    High0001,

    /// <summary>Above the 95% limit only ("High (0.025)").</summary>
    High0025,

    /// <summary>Below the 99.8% limit ("Low (0.001)").</summary>
    Low0001,

    /// <summary>Below the 95% limit only ("Low (0.025)").</summary>
    Low0025,

    /// <summary>A DSR unit with fewer than 10 events ("Not applicable for events less than 10 for dsrs").</summary>
    NotApplicable,

    /// <summary>The unit's numerator, denominator or rate is missing; it takes no part in the average.</summary>
    Missing,
}
