using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>Spearman's ρ between the candidate's practice values and each library indicator's, practice by practice.</summary>
internal static class CorrelationAssessment
{
    /// <returns>One row per library indicator other than the candidate, the strongest correlations first, those not computable last.</returns>
    public static IReadOnlyList<ReviewCorrelation> Of(string candidateId, Month period, IReadOnlyList<IndicatorValue> month, IndicatorResults library)
    {
        var candidate = month
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.AreaCode, v => v.Value!.Value, StringComparer.Ordinal);
        var byIndicator = library.Values.ToLookup(v => v.IndicatorId, StringComparer.Ordinal);
        var rows = new List<ReviewCorrelation>();
        foreach (var d in library.Indicators.Where(d => !d.Id.Equals(candidateId, StringComparison.Ordinal)))
        {
            var values = byIndicator[d.Id].ToList();
            if (values.Count == 0)
            {
                rows.Add(new ReviewCorrelation(d.Id, d.Title, period, 0, null));
                continue;
            }

            // The review month when the library indicator has it; otherwise its latest (annual and survey data lag).
            var when = values.Any(v => v.Period == period) ? period : values.Max(v => v.Period);
            var pairs = values
                .Where(v => v.Period == when && v.Value is not null && candidate.ContainsKey(v.AreaCode))
                .Select(v => (Candidate: candidate[v.AreaCode], Library: v.Value!.Value))
                .ToList();
            rows.Add(new ReviewCorrelation(d.Id, d.Title, when, pairs.Count,
                RankCorrelation.Spearman([.. pairs.Select(p => p.Candidate)], [.. pairs.Select(p => p.Library)])));
        }

        return [.. rows
            .OrderByDescending(r => r.Rho is null ? -1 : Math.Abs(r.Rho.Value))
            .ThenBy(r => r.IndicatorId, StringComparer.Ordinal)];
    }
}
