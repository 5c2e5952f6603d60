namespace Analysis.Indicators.Review;

/// <summary>
/// A group of indicators that rank practices alike: every pair in it has |Spearman ρ| at or above
/// <see cref="ReviewThresholds.DuplicateCorrelation"/> (complete linkage), so a scorecard needs only one of them.
/// </summary>
/// <param name="Number">The cluster's number, 1 for the cluster of the first indicator in the library's order.</param>
/// <param name="Members">The indicators in it, in the library's order (one for an indicator like no other).</param>
/// <param name="Kept">The member the scorecard keeps, or null when every member duplicates an indicator kept in another cluster.</param>
/// <param name="WeakestRho">The smallest |ρ| between two members (null for a cluster of one).</param>
public sealed record ScorecardCluster(int Number, IReadOnlyList<string> Members, string? Kept, double? WeakestRho);
