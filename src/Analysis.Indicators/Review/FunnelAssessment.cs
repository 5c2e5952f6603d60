using Analysis.Statistics;

namespace Analysis.Indicators.Review;

/// <summary>
/// The review month's funnel: the engine's limits around England for each practice (PHE's method, METHODS.md §7),
/// and Spiegelhalter's overdispersed funnel fitted to the same practices (§8, <see cref="Funnel.Overdispersed"/>).
/// </summary>
/// <remarks>The fit is the engine's and the charts' (<see cref="OverdispersionModel"/>), shortfalls included.</remarks>
internal static class FunnelAssessment
{
    public static ReviewFunnel Of(IndicatorDefinition d, IReadOnlyList<IndicatorValue> month)
    {
        if (d.ValueType is IndicatorValueType.Mean or IndicatorValueType.Ratio or IndicatorValueType.Unset)
        {
            return NotApplicable($"{(d.ValueType == IndicatorValueType.Mean ? "A mean of practice values" : "A plain ratio")} has no sampling model, so no funnel limits (METHODS.md §7).");
        }

        if (d.Ci == CiMethod.None && d.ValueType != IndicatorValueType.Shortfall)
        {
            return NotApplicable("The indicator declares no confidence interval (its values are not treated as samples), so funnel limits do not apply.");
        }

        var withLimits = month
            .Where(v => v.Value is not null && v.Funnel != FunnelSignal.NotApplicable && Size(d, v) is > 0
                && v.FunnelLower95 is not null && v.FunnelUpper95 is not null && v.FunnelLower998 is not null && v.FunnelUpper998 is not null)
            .OrderBy(v => v.AreaCode, StringComparer.Ordinal)
            .ToList();
        if (withLimits.Count < ReviewThresholds.MinimumPractices)
        {
            return NotApplicable(FormattableString.Invariant($"Only {withLimits.Count} practices have funnel limits; at least {ReviewThresholds.MinimumPractices} are needed."));
        }

        var sizes = withLimits.Select(v => Size(d, v)!.Value).ToArray();
        var numerators = withLimits.Select(v => v.Numerator ?? double.NaN).ToArray();
        var centre = d.ValueType == IndicatorValueType.Shortfall ? withLimits[0].Target : withLimits[0].England;
        var fitted = OverdispersionModel.Fit(d, centre, numerators, sizes, ReviewThresholds.MinimumPractices);
        var practices = withLimits.Select((v, i) => Practice(v, sizes[i], fitted, i)).ToList();
        return new ReviewFunnel
        {
            Centre = d.ValueType switch
            {
                IndicatorValueType.Shortfall => withLimits[0].Target,
                IndicatorValueType.IndirectlyStandardisedRatio => d.Multiplier,
                _ => withLimits[0].England,
            },
            Practices = practices,
            ShareOutside95 = (double)practices.Count(p => p.Outside95) / practices.Count,
            ShareOutside998 = (double)practices.Count(p => p.Outside998) / practices.Count,
            Phi = fitted?.Funnel.Phi,
            Tau2 = fitted?.Funnel.Tau2,
            Scale = fitted?.Funnel.Scale,
            Fitted = fitted,
            ShareOutsideAdjusted998 = fitted is null ? null : (double)practices.Count(p => p.OutsideAdjusted998) / practices.Count,
            Outliers = [.. practices
                .Where(p => fitted is null ? p.Outside998 : p.OutsideAdjusted998)
                .OrderByDescending(p => Math.Abs(p.ZScore ?? 0))
                .ThenBy(p => p.Code, StringComparer.Ordinal)],
        };
    }

    private static ReviewFunnel NotApplicable(string why) => new() { NotApplicable = why, Practices = [], Outliers = [] };

    /// <summary>The funnel's x axis, as the engine draws it: the expected count of a standardised ratio, else the denominator.</summary>
    private static double? Size(IndicatorDefinition d, IndicatorValue v) =>
        d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio ? v.Expected : v.Denominator;

    private static FunnelPractice Practice(IndicatorValue v, double size, OverdispersionModel? fitted, int index)
    {
        var usable = fitted is not null && !double.IsNaN(fitted.Funnel.ZScores[index]);
        return new FunnelPractice
        {
            Code = v.AreaCode,
            Name = v.AreaName,
            Size = size,
            Value = v.Value!.Value,
            Limits = new FunnelLimits(v.FunnelLower95!.Value, v.FunnelUpper95!.Value, v.FunnelLower998!.Value, v.FunnelUpper998!.Value),
            Signal = v.Funnel,
            AdjustedLimits = usable ? fitted!.LimitsAt(size) : null,
            ZScore = usable ? fitted!.Funnel.ZScores[index] : null,
            OutsideAdjusted998 = usable && fitted!.IsOutlier(v.Numerator!.Value, size, 0.998),
        };
    }
}
