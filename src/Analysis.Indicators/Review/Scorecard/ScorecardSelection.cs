using System.Globalization;

namespace Analysis.Indicators.Review;

/// <summary>
/// Which indicators the scorecard keeps when some duplicate others: indicators are taken in order of preference, and
/// one is kept unless it ranks practices with |ρ| ≥ <see cref="ReviewThresholds.DuplicateCorrelation"/> like one
/// already kept, when it is "redundant with" that one. Kept indicators are then judged for duplication against the
/// other kept indicators only, so of a duplicate pair one is left out and the other is not blocked for the pair.
/// </summary>
/// <remarks>
/// The order of preference is the rule a reviewer would apply by hand: fewest blocking verdicts other than
/// duplication (keep the one that could be published), then the higher coverage (fewer blanks), then the higher
/// year-on-year ρ (a steadier ranking), then the library's order. Within a complete-linkage cluster every pair is a
/// duplicate, so at most one member is kept.
/// </remarks>
internal static class ScorecardSelection
{
    public const string Rule = "fewest blocking verdicts other than duplication, then the higher coverage, then the higher year-on-year ρ, then the library's order";

    /// <returns>For each position, the position of the kept indicator it is redundant with, or null when it is kept.</returns>
    public static IReadOnlyList<int?> Choose(IReadOnlyList<IndicatorReview> reviews, ScorecardCorrelations correlations)
    {
        var order = Enumerable.Range(0, reviews.Count)
            .OrderBy(i => reviews[i].Verdicts.Count(v => v.IsBlocking && v.Check != ReviewCheck.Duplicate))
            .ThenByDescending(i => reviews[i].Coverage.Share)
            .ThenByDescending(i => LatestStability(reviews[i]) ?? double.NegativeInfinity)
            .ThenBy(i => i)
            .ToList();
        var kept = new List<int>();
        var redundantWith = new int?[reviews.Count];
        foreach (var i in order)
        {
            var twin = kept
                .Where(k => correlations.Strength(i, k) >= ReviewThresholds.DuplicateCorrelation)
                .OrderByDescending(k => correlations.Strength(i, k))
                .ThenBy(k => k)
                .Select(k => (int?)k)
                .FirstOrDefault();
            if (twin is null)
            {
                kept.Add(i);
            }
            else
            {
                redundantWith[i] = twin;
            }
        }

        return redundantWith;
    }

    /// <summary>
    /// The duplication verdict in the scorecard: for an indicator left out, blocking and naming the kept one; for a
    /// kept one, the review's own check against the other kept indicators, naming those it stands for.
    /// </summary>
    public static ReviewVerdict Duplicate(int index, IReadOnlyList<IndicatorReview> reviews, ScorecardCorrelations correlations, IReadOnlyList<int?> redundantWith)
    {
        var review = reviews[index];
        if (redundantWith[index] is { } k)
        {
            var twin = reviews[k].Indicator;
            var rho = correlations.Rho[index][k] ?? correlations.Rho[k][index];
            var practices = correlations.Practices[index][k];
            return new ReviewVerdict(ReviewCheck.Duplicate, VerdictOutcome.Blocking, Math.Abs(rho ?? 0), Text(
                $"Redundant with {twin.Id} ({twin.Title}): Spearman ρ = {rho:F2} over {practices:N0} practices (threshold |ρ| ≥ {ReviewThresholds.DuplicateCorrelation:F1}). The scorecard keeps {twin.Id}, which comes first by the rule for duplicates ({Rule}); publishing both would count one thing twice."));
        }

        var keptIds = reviews.Where((_, i) => redundantWith[i] is null && i != index).Select(r => r.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var verdict = ReviewVerdicts.Duplicate([.. review.Correlations.Where(c => keptIds.Contains(c.IndicatorId))]);
        var standsFor = reviews.Where((_, i) => redundantWith[i] == index).Select(r => r.Indicator.Id).ToList();
        var among = verdict.Outcome == VerdictOutcome.NotAssessed
            ? verdict.Message
            : "Among the indicators the scorecard keeps: " + char.ToLowerInvariant(verdict.Message[0]) + verdict.Message[1..];
        return standsFor.Count == 0
            ? verdict with { Message = among }
            : verdict with { Message = among + Text($" It is kept for its cluster and stands for {string.Join(", ", standsFor)} (|ρ| ≥ {ReviewThresholds.DuplicateCorrelation:F1}), which the scorecard leaves out.") };
    }

    /// <summary>The latest year-on-year ρ the review could compute, or null.</summary>
    public static double? LatestStability(IndicatorReview review) => review.Stability.FirstOrDefault(p => p.Rho is not null)?.Rho;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
