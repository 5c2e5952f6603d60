using Analysis.Data.Periods;
using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// The SII and RII of one indicator in one month from its decile values (PHE's <c>phe_sii</c> via
/// <see cref="Inequality"/>): proportions on the logit scale and rates on the log scale for the simulated
/// intervals, other values on their own; no interval where the deciles have none.
/// </summary>
internal static class InequalityIndices
{
    private const int Deciles = 10;

    /// <param name="d">The indicator.</param>
    /// <param name="period">The month.</param>
    /// <param name="deciles">The indicator's values at the decile level for one month, in decile order.</param>
    /// <param name="options">The engine's options (the confidence level).</param>
    /// <param name="repetitions">Monte-Carlo refits for the intervals.</param>
    /// <param name="random">The random stream for the intervals.</param>
    public static InequalityResult Of(IndicatorDefinition d, Month period, IReadOnlyList<IndicatorValue> deciles, EngineOptions options, int repetitions, Random random)
    {
        var result = new InequalityResult { IndicatorId = d.Id, Period = period, Groups = deciles.Count(v => v.Value is not null) };
        var complete = deciles.Count == Deciles && deciles.All(v => v.Value is not null && Weight(d, v) > 0);
        if (!complete)
        {
            return result;
        }

        // Proportions are fitted as fractions (0–1) and scaled back by the multiplier; other values as they are.
        var proportion = d.ValueType == IndicatorValueType.Proportion;
        var scale = proportion ? d.Multiplier : 1.0;
        var type = proportion ? InequalityValueType.Proportion : d.ValueType is IndicatorValueType.Rate or IndicatorValueType.IndirectlyStandardisedRatio ? InequalityValueType.Rate : InequalityValueType.Normal;
        var populations = deciles.Select(v => Weight(d, v)).ToArray();
        var values = deciles.Select(v => v.Value!.Value / scale).ToArray();
        var point = Inequality.Slope(populations, values, scale, type);
        result = result with { Sii = Finite(point.Sii), Rii = Finite(point.Rii), Intercept = Finite(point.Intercept * scale) };

        if (deciles.Any(v => v.Lower is null || v.Upper is null) || (type == InequalityValueType.Rate && deciles.Any(v => v.Lower <= 0)))
        {
            return result;
        }

        // Inequality.StandardError reads a 95% interval; intervals at another level are rescaled to it.
        var rescale = Confidence.Z(0.95) / Confidence.Z(options.Confidence);
        var errors = deciles.Select(v => Inequality.StandardError(v.Lower!.Value / scale, v.Upper!.Value / scale, type) * rescale).ToArray();
        var simulated = Inequality.SlopeWithInterval(populations, values, errors, random, options.Confidence, repetitions, scale, type);
        return result with
        {
            SiiLower = Finite(simulated.Sii.Lower),
            SiiUpper = Finite(simulated.Sii.Upper),
            RiiLower = Finite(simulated.Rii.Lower),
            RiiUpper = Finite(simulated.Rii.Upper),
        };
    }

    private static double Weight(IndicatorDefinition d, IndicatorValue v) =>
        d.ValueType == IndicatorValueType.Mean ? v.Practices : v.Denominator ?? (v.Expected ?? 0);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
