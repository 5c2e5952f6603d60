using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// Ranks and quintiles of a level's areas for one indicator and month, among values that are neither blank nor
/// suppressed. Rank 1 is the best value (the highest where no direction is better; for a shortfall, the
/// smallest gap as a percentage), ties sharing the lower rank. Quintiles follow PHE's <c>phe_quantile</c>, with
/// quintile 1 the worst end (the lowest values where no direction is better).
/// </summary>
internal static class Ranking
{
    public static void Apply(IndicatorDefinition d, List<IndicatorValue> values)
    {
        var shortfall = d.ValueType == IndicatorValueType.Shortfall;
        var keys = values.Select(v => (shortfall ? v.GapPercent : v.Value) ?? double.NaN).ToList();
        if (keys.All(double.IsNaN))
        {
            return;
        }

        // For a shortfall the gap is better small; otherwise the polarity says which end is best.
        var lowIsGood = shortfall || d.Polarity == Indicators.Polarity.LowerIsBetter;
        var ranks = Ranks.Minimum(lowIsGood ? keys : [.. keys.Select(k => -k)]);
        var quintiles = Quantiles.PheQuantiles(keys, 5, invert: lowIsGood);
        for (var i = 0; i < values.Count; i++)
        {
            values[i] = values[i] with
            {
                Rank = double.IsNaN(ranks[i]) ? null : (int)ranks[i],
                Quintile = quintiles[i],
            };
        }
    }
}
