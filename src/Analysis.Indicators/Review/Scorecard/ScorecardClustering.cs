namespace Analysis.Indicators.Review;

/// <summary>
/// Complete-linkage clustering on 1 − |ρ|, cut at <see cref="ReviewThresholds.DuplicateCorrelation"/>: two groups merge
/// only while every pair across them has |ρ| at or above it, so a cluster's members all duplicate each other.
/// </summary>
/// <remarks>
/// Complete rather than single or average linkage because the statement a reader needs is "each of these ranks
/// practices almost as any other does"; chaining (A like B, B like C, A unlike C) would put unlike indicators together.
/// </remarks>
internal static class ScorecardClustering
{
    /// <returns>Clusters as positions in the matrix, each sorted, ordered by their first position.</returns>
    public static IReadOnlyList<IReadOnlyList<int>> Of(ScorecardCorrelations correlations, double threshold = ReviewThresholds.DuplicateCorrelation)
    {
        var clusters = Enumerable.Range(0, correlations.Ids.Count).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            (int A, int B, double Link)? best = null;
            for (var a = 0; a < clusters.Count; a++)
            {
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var link = clusters[a].SelectMany(i => clusters[b].Select(j => correlations.Strength(i, j))).Min();
                    if (link >= threshold && (best is null || link > best.Value.Link))
                    {
                        best = (a, b, link);
                    }
                }
            }

            if (best is not { } merge)
            {
                break;
            }

            clusters[merge.A] = [.. clusters[merge.A].Concat(clusters[merge.B]).Order()];
            clusters.RemoveAt(merge.B);
        }

        return [.. clusters.OrderBy(c => c[0])];
    }

    /// <summary>The smallest |ρ| between two members, or null for a cluster of one.</summary>
    public static double? Weakest(ScorecardCorrelations correlations, IReadOnlyList<int> members) =>
        members.Count < 2 ? null : members.SelectMany(i => members.Where(j => j > i).Select(j => correlations.Strength(i, j))).Min();
}
