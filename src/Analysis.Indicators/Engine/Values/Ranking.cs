namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// Ranks a level's areas for one indicator and month: rank 1 is the best value (the highest where no direction
/// is better; for a shortfall, the smallest gap as a percentage), tied values share the lower rank, and values
/// that are blank or suppressed are not ranked.
/// </summary>
internal static class Ranking
{
    public static void Apply(IndicatorDefinition d, List<IndicatorValue> values)
    {
        var shortfall = d.ValueType == IndicatorValueType.Shortfall;
        var ranked = values
            .Select((v, at) => (At: at, Key: shortfall ? v.GapPercent : v.Value))
            .Where(x => x.Key is not null)
            .Select(x => (x.At, Key: x.Key!.Value))
            .ToList();
        if (ranked.Count == 0 || values[0].Level == Level.England)
        {
            return;
        }

        // A shortfall's gap is better small; otherwise the polarity says which end is best.
        var bestIsHighest = !shortfall && d.Polarity != Polarity.LowerIsBetter;
        var order = bestIsHighest ? ranked.OrderByDescending(x => x.Key).ToList() : ranked.OrderBy(x => x.Key).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            var rank = i > 0 && order[i].Key == order[i - 1].Key ? values[order[i - 1].At].Rank!.Value : i + 1;
            values[order[i].At] = values[order[i].At] with { Rank = rank };
        }
    }
}
