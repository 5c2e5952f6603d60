using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>Funnel plots: control limits around a group average and which units lie outside them.</summary>
/// <remarks>
/// METHODS.md §7 (PHEindicatormethods <c>calculate_funnel_limits</c>, <c>assign_funnel_significance</c>) for
/// proportions, ratios and rates, and §8 (Spiegelhalter 2005; FunnelPlotR) for overdispersed funnels.
/// §15: PHE's proportion limits are symmetric, FT-open's SPC limits are Wilson intervals
/// (<see cref="Benchmark.SpcProportionLimits"/>) and FunnelPlotR's are arcsine; choose per indicator.
/// </remarks>
public static partial class Funnel
{
    private static readonly double Z975 = Normal.Quantile(0.975);
    private static readonly double Z999 = Normal.Quantile(0.999);

    /// <summary>The PHEindicatormethods wording of a significance category.</summary>
    public static string Label(FunnelSignificance significance) => significance switch
    {
        FunnelSignificance.High0001 => "High (0.001)",
        FunnelSignificance.High0025 => "High (0.025)",
        FunnelSignificance.Low0001 => "Low (0.001)",
        FunnelSignificance.Low0025 => "Low (0.025)",
        FunnelSignificance.NotSignificant => "Not significant",
        FunnelSignificance.NotApplicable => "Not applicable for events less than 10 for dsrs",
        _ => "Missing",
    };

    /// <summary>
    /// The category of a value against limits that are already known, checking 99.8% before 95% and low before
    /// high; a value on a limit is inside it.
    /// </summary>
    private static FunnelSignificance Classify(double value, FunnelLimits limits) =>
        value < limits.Lower998 ? FunnelSignificance.Low0001
        : value < limits.Lower95 ? FunnelSignificance.Low0025
        : value > limits.Upper998 ? FunnelSignificance.High0001
        : value > limits.Upper95 ? FunnelSignificance.High0025
        : FunnelSignificance.NotSignificant;
}
