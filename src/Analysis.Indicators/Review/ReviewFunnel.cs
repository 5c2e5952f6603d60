using Analysis.Statistics;

namespace Analysis.Indicators.Review;

/// <summary>
/// The funnel analysis of the review month: how many practices lie outside the 95% and 99.8% limits around
/// England, Spiegelhalter's overdispersion factor φ and how many lie outside the limits widened for it, and the
/// outliers by name (METHODS.md §7 and §8).
/// </summary>
public sealed record ReviewFunnel
{
    /// <summary>Why there is no funnel (means and plain ratios have none; too few practices), or null when there is one.</summary>
    public string? NotApplicable { get; init; }

    /// <summary>The centre line: England's value in the review month (a shortfall's target; 1 × the multiplier for a standardised ratio).</summary>
    public double? Centre { get; init; }

    /// <summary>Every practice with funnel limits, in code order.</summary>
    public required IReadOnlyList<FunnelPractice> Practices { get; init; }

    /// <summary>The share of those practices strictly outside the 95% limits (0–1).</summary>
    public double? ShareOutside95 { get; init; }

    /// <summary>The share strictly outside the 99.8% limits (0–1; chance alone gives 0.002).</summary>
    public double? ShareOutside998 { get; init; }

    /// <summary>The overdispersion factor φ: the mean squared Winsorised z-score (1 under pure chance).</summary>
    public double? Phi { get; init; }

    /// <summary>τ², the between-practice variance added to widen the limits (0 when φ does not exceed chance).</summary>
    public double? Tau2 { get; init; }

    /// <summary>The variance-stabilising scale φ was fitted on (arcsine for proportions, log for rates, square root for ratios).</summary>
    public OverdispersionScale? Scale { get; init; }

    /// <summary>The share strictly outside the 99.8% limits widened for overdispersion (0–1).</summary>
    public double? ShareOutsideAdjusted998 { get; init; }

    /// <summary>
    /// The practices outside the adjusted 99.8% limits (the unadjusted ones when φ ≤ 1), furthest from the centre
    /// first: the ones a reviewer would ask about.
    /// </summary>
    public required IReadOnlyList<FunnelPractice> Outliers { get; init; }

    /// <summary>The fitted funnel (null without a fit).</summary>
    internal OverdispersionModel? Fitted { get; init; }

    /// <summary>
    /// Spiegelhalter's 95% and 99.8% limits at a size on the funnel's x axis (widened by τ² when φ &gt; 1), on the
    /// indicator's scale, for drawing the adjusted funnel; null when no fit was made.
    /// </summary>
    public FunnelLimits? AdjustedLimitsAt(double size) =>
        Fitted is { } f && size > 0 ? f.LimitsAt(size) : null;
}
