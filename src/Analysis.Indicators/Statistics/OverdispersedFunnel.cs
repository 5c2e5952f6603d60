using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>
/// A Spiegelhalter funnel fitted to a set of units: its target, the overdispersion φ and between-unit variance τ²,
/// and the control limits and outliers that follow.
/// </summary>
/// <param name="Scale">The data kind and method.</param>
/// <param name="Target">The centre line: 1 for standardised ratios, Σx/Σn otherwise.</param>
/// <param name="Phi">φ, the mean squared Winsorised (or retained) z-score.</param>
/// <param name="Tau2">τ², the additive between-unit variance (0 when nφ &lt; n − 1).</param>
/// <param name="UnitsUsed">The number of units whose z-scores entered φ and τ².</param>
/// <param name="ZScores">Each unit's z-score on the stabilised scale (NaN for a missing unit).</param>
/// <param name="RobustZScores">Each unit's Winsorised z-score, or NaN where truncated (SHMI) or missing.</param>
/// <remarks>
/// METHODS.md §8 (Spiegelhalter 2005, Stat Med 24:1185 and QSHC 14:347; FunnelPlotR 0.6.0). Limits use
/// FunnelPlotR's constants z = 1.959964 and 3.090232. When φ ≤ 1 the adjusted limits are not used and
/// <see cref="LimitsAt"/> falls back to the unadjusted ones.
/// </remarks>
public sealed record OverdispersedFunnel(
    OverdispersionScale Scale,
    double Target,
    double Phi,
    double Tau2,
    int UnitsUsed,
    IReadOnlyList<double> ZScores,
    IReadOnlyList<double> RobustZScores)
{
    private const double Z95 = 1.959964;
    private const double Z998 = 3.090232;

    /// <summary>Whether the limits are widened for overdispersion (φ &gt; 1 and τ² &gt; 0).</summary>
    public bool IsAdjusted => Phi > 1.0 && Tau2 > 0.0;

    /// <summary>The control limits at a size (expected events E, or denominator n): adjusted when <see cref="IsAdjusted"/>, else unadjusted.</summary>
    public FunnelLimits LimitsAt(double size, double multiplier = 1.0) =>
        IsAdjusted ? AdjustedLimitsAt(size, multiplier) : UnadjustedLimitsAt(size, multiplier);

    /// <summary>
    /// Limits with τ² added to the within-unit variance: SHMI exp(±z√(1/E + τ²)), CQC 1 ± z√(1/(4E) + τ²),
    /// proportions sin²(asin√t ± z√(1/(4n) + τ²)) kept within [0, 1], ratios of counts exp(ln t ± z√(1/(4n) + τ²)).
    /// </summary>
    public FunnelLimits AdjustedLimitsAt(double size, double multiplier = 1.0) => Limits(size, Tau2, multiplier);

    /// <summary>
    /// Limits without overdispersion: for standardised ratios the exact Poisson limits with E as a continuous
    /// count, χ²⁻¹(0.025; 2E)/(2E) and χ²⁻¹(0.975; 2E + 2)/(2E) (0.001/0.999 for 99.8%); otherwise τ² = 0.
    /// </summary>
    public FunnelLimits UnadjustedLimitsAt(double size, double multiplier = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        if (Scale is OverdispersionScale.StandardisedRatioShmi or OverdispersionScale.StandardisedRatioCqc)
        {
            var scale = multiplier * Target / size;
            return new FunnelLimits(
                scale * ChiSquare.UpperQuantile(0.975, 2.0 * size) / 2.0,
                scale * ChiSquare.UpperQuantile(0.025, 2.0 * (size + 1.0)) / 2.0,
                scale * ChiSquare.UpperQuantile(0.999, 2.0 * size) / 2.0,
                scale * ChiSquare.UpperQuantile(0.001, 2.0 * (size + 1.0)) / 2.0);
        }

        return Limits(size, 0.0, multiplier);
    }

    /// <summary>
    /// Whether a unit's ratio (numerator/denominator) lies strictly outside the limits used at its size at the
    /// given level (0.95 or 0.998); on the line is not an outlier. SHMI limits are taken at E rounded to 2 dp.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is neither 0.95 nor 0.998 (or 95 / 99.8).</exception>
    public bool IsOutlier(double numerator, double denominator, double confidence = 0.998)
    {
        var c = Confidence.Normalise(confidence);
        if (c != 0.95 && c != 0.998)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Funnel limits exist at 95% and 99.8% only (METHODS.md §8).");
        }

        if (double.IsNaN(numerator) || double.IsNaN(denominator))
        {
            return false;
        }

        var size = Scale == OverdispersionScale.StandardisedRatioShmi ? Math.Round(denominator, 2) : denominator;
        var limits = LimitsAt(size);
        var interval = c == 0.95 ? limits.At95 : limits.At998;
        var ratio = numerator / denominator;
        return ratio < interval.Lower || ratio > interval.Upper;
    }

    private FunnelLimits Limits(double size, double tau2, double multiplier)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        switch (Scale)
        {
            case OverdispersionScale.StandardisedRatioShmi:
            {
                var sd = Math.Sqrt((1.0 / size) + tau2);
                return Map(sd, spread => Math.Exp(spread));
            }

            case OverdispersionScale.StandardisedRatioCqc:
            {
                var sd = Math.Sqrt((1.0 / (4.0 * size)) + tau2);
                return Map(sd, spread => 1.0 + spread);
            }

            case OverdispersionScale.Proportion:
            {
                // Clamping the angle keeps sin² within [0, 1] and monotone in n (FunnelPlotR truncates its grid).
                var centre = Math.Asin(Math.Sqrt(Target));
                var sd = Math.Sqrt((1.0 / (4.0 * size)) + tau2);
                return Map(sd, spread => Math.Pow(Math.Sin(Math.Clamp(centre + spread, 0.0, Math.PI / 2.0)), 2));
            }

            default:
            {
                var centre = Math.Log(Target);
                var sd = Math.Sqrt((1.0 / (4.0 * size)) + tau2);
                return Map(sd, spread => Math.Exp(centre + spread));
            }
        }

        FunnelLimits Map(double sd, Func<double, double> back) => new(
            multiplier * back(-Z95 * sd),
            multiplier * back(Z95 * sd),
            multiplier * back(-Z998 * sd),
            multiplier * back(Z998 * sd));
    }
}
