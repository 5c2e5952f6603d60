using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>Year-on-year rank correlations: the review month against the same month a year earlier, and so back while both have data.</summary>
internal static class StabilityAssessment
{
    /// <returns>The pairs, most recent first.</returns>
    public static IReadOnlyList<YearOnYear> Of(IReadOnlyList<IndicatorValue> values, Month period)
    {
        var byMonth = values
            .Where(v => v.Value is not null)
            .GroupBy(v => v.Period)
            .ToDictionary(g => g.Key, g => g.ToDictionary(v => v.AreaCode, v => v.Value!.Value, StringComparer.Ordinal));
        var pairs = new List<YearOnYear>();
        for (var to = period; byMonth.ContainsKey(to) && byMonth.ContainsKey(to.Plus(-12)); to = to.Plus(-12))
        {
            var from = to.Plus(-12);
            var later = byMonth[to];
            var both = byMonth[from].Where(e => later.ContainsKey(e.Key)).Select(e => (Earlier: e.Value, Later: later[e.Key])).ToList();
            pairs.Add(new YearOnYear(from, to, both.Count,
                RankCorrelation.Spearman([.. both.Select(p => p.Earlier)], [.. both.Select(p => p.Later)])));
        }

        return pairs;
    }
}
