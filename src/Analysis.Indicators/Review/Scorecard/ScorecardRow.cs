using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>
/// One indicator as a scorecard candidate: the figures its review rests on (coverage, suppression, funnel spread and
/// φ, stability, deprivation, the strongest correlate), its redundancy cluster, and the recommendation with its reasons.
/// </summary>
/// <remarks>A figure that does not apply to the indicator's value type (a mean has no funnel) is null, never invented; the reasons say why.</remarks>
public sealed record ScorecardRow
{
    /// <summary>The indicator.</summary>
    public required IndicatorDefinition Indicator { get; init; }

    /// <summary>The indicator's id.</summary>
    public string Id => Indicator.Id;

    /// <summary>The indicator's title.</summary>
    public string Title => Indicator.Title;

    /// <summary>The review month: the latest month in which the indicator has data.</summary>
    public required Month Period { get; init; }

    /// <summary>Practices open in the review month.</summary>
    public required int Practices { get; init; }

    /// <summary>The share of practices open in the review month that get a published value (0–1).</summary>
    public required double Coverage { get; init; }

    /// <summary>The share of practices whose value the small-number rule hides (0–1).</summary>
    public required double Suppressed { get; init; }

    /// <summary>The commonest reason practices have no published value, with how many ("no survey record (6,390)"), or null when every practice has one.</summary>
    public string? MostLeftOut { get; init; }

    /// <summary>The share of practices outside the 99.8% funnel limits (0–1; chance alone gives 0.002), or null without a funnel.</summary>
    public double? ShareOutside998 { get; init; }

    /// <summary>The overdispersion factor φ (1 under pure chance), or null without a funnel or a fit.</summary>
    public double? Phi { get; init; }

    /// <summary>Why there is no funnel (a mean or plain ratio has no sampling model), or null when there is one.</summary>
    public string? FunnelNotApplicable { get; init; }

    /// <summary>The latest year-on-year rank correlation that could be computed, or null (one year of data).</summary>
    public YearOnYear? Stability { get; init; }

    /// <summary>Spearman's ρ between practice values and practice deprivation decile (positive: higher where more deprived), or null.</summary>
    public double? DeprivationRho { get; init; }

    /// <summary>The slope index of inequality across deprivation deciles, on the indicator's scale, or null.</summary>
    public double? Sii { get; init; }

    /// <summary>The relative index of inequality, or null.</summary>
    public double? Rii { get; init; }

    /// <summary>|SII| as a share of England's value, or null.</summary>
    public double? SiiShareOfEngland { get; init; }

    /// <summary>The other library indicator it ranks practices most like (kept or not), or null when none could be compared.</summary>
    public ReviewCorrelation? StrongestCorrelate { get; init; }

    /// <summary>The number of its redundancy cluster (see <see cref="ScorecardAssessment.Clusters"/>).</summary>
    public required int Cluster { get; init; }

    /// <summary>The kept indicator this one duplicates and is left out for, or null when it is kept.</summary>
    public string? RedundantWith { get; init; }

    /// <summary>Publish, publish with caveats, or do not publish.</summary>
    public required ScorecardRecommendation Recommendation { get; init; }

    /// <summary>The reasons for the recommendation as short phrases, blocking first, each naming its figure and threshold.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The verdicts in full, duplication judged against the indicators the scorecard keeps.</summary>
    public required IReadOnlyList<ReviewVerdict> Verdicts { get; init; }

    /// <summary>The indicator's full review (distribution, funnel practices, deciles, every correlation), for charts and detail.</summary>
    public required IndicatorReview Review { get; init; }
}
