using System.Globalization;
using Analysis.Data.Periods;
using Analysis.Indicators.Engine.Values;

namespace Analysis.Indicators.Review;

/// <summary>
/// The review month's gradient across deprivation deciles: the engine's decile values and its SII/RII (PHE's
/// <c>phe_sii</c> through <see cref="Analysis.Statistics.Inequality"/>), and the practice-level rank correlation with the decile.
/// </summary>
internal static class DeprivationAssessment
{
    private const int Deciles = 10;

    /// <param name="d">The candidate.</param>
    /// <param name="period">The review month.</param>
    /// <param name="month">The candidate's practice values in the review month.</param>
    /// <param name="deciles">The candidate's values at decile level (any months; the review month's are used).</param>
    /// <param name="decileOf">Each practice's deprivation decile in the review month.</param>
    /// <param name="options">The engine options the results were computed with.</param>
    public static ReviewDeprivation Of(
        IndicatorDefinition d,
        Month period,
        IReadOnlyList<IndicatorValue> month,
        IndicatorResults deciles,
        IReadOnlyDictionary<string, int> decileOf,
        EngineOptions options)
    {
        var byDecile = deciles.Values
            .Where(v => v.IndicatorId == d.Id && v.Period == period)
            .ToDictionary(v => v.AreaCode, StringComparer.Ordinal);
        var ordered = Enumerable.Range(1, Deciles)
            .Select(g => byDecile.GetValueOrDefault(g.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var present = ordered.OfType<IndicatorValue>().ToList();
        var inequality = present.Count == Deciles
            ? InequalityIndices.Of(d, period, present, options, ReviewThresholds.SiiRepetitions, new Random(ReviewThresholds.SiiSeed))
            : new InequalityResult { IndicatorId = d.Id, Period = period, Groups = present.Count(v => v.Value is not null) };

        var pairs = month
            .Where(v => v.Value is not null && decileOf.ContainsKey(v.AreaCode))
            .Select(v => (Value: v.Value!.Value, Decile: (double)decileOf[v.AreaCode]))
            .ToList();
        return new ReviewDeprivation
        {
            Deciles = [.. ordered.Select((v, i) => new DecileValue(i + 1, v?.Value, v?.Lower, v?.Upper, v?.Practices ?? 0))],
            Inequality = inequality,
            England = month.Select(v => v.England).FirstOrDefault(e => e is not null),
            Correlation = RankCorrelation.Spearman([.. pairs.Select(p => p.Value)], [.. pairs.Select(p => p.Decile)]),
            Practices = pairs.Count,
        };
    }
}
