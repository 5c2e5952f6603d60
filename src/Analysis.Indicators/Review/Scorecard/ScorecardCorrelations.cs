namespace Analysis.Indicators.Review;

/// <summary>
/// Spearman's ρ between every pair of indicators across practices, each in its review month (its latest with data),
/// as the reviews computed them: the matrix the clusters are cut from.
/// </summary>
/// <param name="Ids">The indicators, in the library's order.</param>
/// <param name="Rho">ρ for each pair, [i][j]; 1 on the diagonal; null with fewer than <see cref="ReviewThresholds.MinimumPractices"/> shared practices or no spread.</param>
/// <param name="Practices">Practices with a value in both, [i][j] (the diagonal: practices with a value).</param>
public sealed record ScorecardCorrelations(IReadOnlyList<string> Ids, IReadOnlyList<IReadOnlyList<double?>> Rho, IReadOnlyList<IReadOnlyList<int>> Practices)
{
    /// <summary>ρ between two indicators, or null when it could not be computed.</summary>
    /// <exception cref="KeyNotFoundException">An id is not in the matrix.</exception>
    public double? Between(string first, string second) => Rho[Index(first)][Index(second)];

    /// <summary>The matrix of the reviews given, each row from that indicator's own review.</summary>
    internal static ScorecardCorrelations Of(IReadOnlyList<IndicatorReview> reviews)
    {
        var ids = reviews.Select(r => r.Indicator.Id).ToList();
        var rho = new List<IReadOnlyList<double?>>();
        var practices = new List<IReadOnlyList<int>>();
        foreach (var review in reviews)
        {
            var byId = review.Correlations.ToDictionary(c => c.IndicatorId, StringComparer.Ordinal);
            var self = review.Coverage.WithValue;
            rho.Add([.. ids.Select(id => id == review.Indicator.Id
                ? (self >= ReviewThresholds.MinimumPractices ? 1.0 : null)
                : byId.GetValueOrDefault(id)?.Rho)]);
            practices.Add([.. ids.Select(id => id == review.Indicator.Id ? self : byId.GetValueOrDefault(id)?.Practices ?? 0)]);
        }

        return new ScorecardCorrelations(ids, rho, practices);
    }

    /// <summary>|ρ| between two positions, the weaker of the two directions (0 when either is unknown): how alike they rank practices.</summary>
    internal double Strength(int i, int j) =>
        i == j ? 1 : Math.Min(Math.Abs(Rho[i][j] ?? 0), Math.Abs(Rho[j][i] ?? 0));

    private int Index(string id)
    {
        for (var i = 0; i < Ids.Count; i++)
        {
            if (string.Equals(Ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Indicator {id} is not in the scorecard's correlations; they hold {string.Join(", ", Ids)}.");
    }
}
