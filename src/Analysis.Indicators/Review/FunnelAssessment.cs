using Analysis.Statistics;

namespace Analysis.Indicators.Review;

/// <summary>
/// The review month's funnel: the engine's limits around England for each practice (PHE's method, METHODS.md §7),
/// and Spiegelhalter's overdispersed funnel fitted to the same practices (§8, <see cref="Funnel.Overdispersed"/>).
/// </summary>
/// <remarks>
/// Proportions are fitted on the arcsine scale (x of n). Rates and shortfalls are fitted as observed counts against
/// the counts expected at the centre (England's rate, or the shortfall's target) on the square-root scale, like a
/// standardised ratio, which is the Poisson model the engine's own rate funnel uses; FunnelPlotR's ratio-of-counts
/// scale assumes a numerator and denominator of like size, and for FTE per 10,000 patients its limits are far
/// narrower than its z-scores. Standardised ratios are O against E on the same scale.
/// </remarks>
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

        var model = Model.For(d, withLimits);
        var fitted = model.Fit();
        var practices = withLimits.Select((v, i) => Practice(v, model, fitted, i)).ToList();
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
            Phi = fitted?.Phi,
            Tau2 = fitted?.Tau2,
            Scale = fitted?.Scale,
            Fitted = fitted is null ? null : (fitted, model.UnitsPerSize, model.Scale),
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

    private static FunnelPractice Practice(IndicatorValue v, Model model, OverdispersedFunnel? fitted, int index)
    {
        var usable = fitted is not null && !double.IsNaN(fitted.ZScores[index]);
        return new FunnelPractice
        {
            Code = v.AreaCode,
            Name = v.AreaName,
            Size = model.Sizes[index],
            Value = v.Value!.Value,
            Limits = new FunnelLimits(v.FunnelLower95!.Value, v.FunnelUpper95!.Value, v.FunnelLower998!.Value, v.FunnelUpper998!.Value),
            Signal = v.Funnel,
            AdjustedLimits = usable ? fitted!.LimitsAt(model.Units[index], model.Scale) : null,
            ZScore = usable ? fitted!.ZScores[index] : null,
            OutsideAdjusted998 = usable && fitted!.IsOutlier(model.Numerators[index], model.Units[index], 0.998),
        };
    }

    /// <summary>
    /// What goes into <see cref="Funnel.Overdispersed"/>: each practice's numerator and "units" (its denominator, or
    /// its expected count), the scale, and the factor that turns the funnel's ratio back into the indicator's value.
    /// </summary>
    private sealed record Model(OverdispersionScale Kind, double[] Numerators, double[] Units, double[] Sizes, double Scale, double UnitsPerSize = 1)
    {
        public static Model For(IndicatorDefinition d, IReadOnlyList<IndicatorValue> values)
        {
            var sizes = values.Select(v => Size(d, v)!.Value).ToArray();
            var numerators = values.Select(v => v.Numerator is { } x && x >= 0 ? x : double.NaN).ToArray();
            switch (d.ValueType)
            {
                case IndicatorValueType.Proportion:
                    return new(OverdispersionScale.Proportion, [.. numerators.Select((x, i) => x <= sizes[i] ? x : double.NaN)], sizes, sizes, d.Multiplier);

                case IndicatorValueType.IndirectlyStandardisedRatio:
                    return new(OverdispersionScale.StandardisedRatioCqc, numerators, sizes, sizes, d.Multiplier);

                default:
                    // Rates and shortfalls: observed against the count expected at the centre, a ratio around 1.
                    var centre = Centre(d, values);
                    var expected = sizes.Select(n => centre > 0 ? n * centre : double.NaN).ToArray();
                    return new(OverdispersionScale.StandardisedRatioCqc, numerators, expected, sizes, centre * d.Multiplier, centre);
            }
        }

        /// <summary>The rate per unit of denominator the funnel is centred on: England's, or a shortfall's target.</summary>
        private static double Centre(IndicatorDefinition d, IReadOnlyList<IndicatorValue> values)
        {
            var first = values[0];
            var onScale = d.ValueType == IndicatorValueType.Shortfall ? first.Target : first.England;
            return onScale is { } c && d.Multiplier != 0 ? c / d.Multiplier : double.NaN;
        }

        public OverdispersedFunnel? Fit()
        {
            var numerators = Numerators.Select((x, i) => Units[i] > 0 ? x : double.NaN).ToArray();
            var units = Units.Select((n, i) => double.IsNaN(numerators[i]) ? double.NaN : n).ToArray();
            if (numerators.Count(x => !double.IsNaN(x)) < ReviewThresholds.MinimumPractices)
            {
                return null;
            }

            var funnel = Funnel.Overdispersed(numerators, units, Kind);
            return double.IsFinite(funnel.Target) && funnel.Target > 0 && double.IsFinite(funnel.Phi) ? funnel : null;
        }
    }
}
