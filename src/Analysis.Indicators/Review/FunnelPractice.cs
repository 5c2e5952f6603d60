namespace Analysis.Indicators.Review;

/// <summary>
/// One practice on a review's funnel plot: its size and value, the funnel limits at its size (around England, and
/// widened for overdispersion), and whether it lies outside them.
/// </summary>
public sealed record FunnelPractice
{
    /// <summary>The practice's ODS code.</summary>
    public required string Code { get; init; }

    /// <summary>The practice's name.</summary>
    public required string Name { get; init; }

    /// <summary>The funnel's x axis: the denominator, or the expected count for a standardised ratio.</summary>
    public required double Size { get; init; }

    /// <summary>The practice's value, on the indicator's scale.</summary>
    public required double Value { get; init; }

    /// <summary>The engine's 95% and 99.8% limits around England at this size.</summary>
    public required Analysis.Statistics.FunnelLimits Limits { get; init; }

    /// <summary>Where the value lies against <see cref="Limits"/>.</summary>
    public required FunnelSignal Signal { get; init; }

    /// <summary>Spiegelhalter's limits at this size, widened by τ² when the practices are overdispersed; null when no fit was possible.</summary>
    public Analysis.Statistics.FunnelLimits? AdjustedLimits { get; init; }

    /// <summary>The practice's z-score on the funnel's variance-stabilising scale (how far from the centre, in chance units).</summary>
    public double? ZScore { get; init; }

    /// <summary>True when the value lies strictly outside the 99.8% limits around England.</summary>
    public bool Outside998 => Signal is FunnelSignal.VeryHigh or FunnelSignal.VeryLow;

    /// <summary>True when the value lies strictly outside the 95% limits around England.</summary>
    public bool Outside95 => Signal is not (FunnelSignal.NotSignificant or FunnelSignal.NotApplicable);

    /// <summary>True when the value lies strictly outside the adjusted 99.8% limits.</summary>
    public bool OutsideAdjusted998 { get; init; }
}
