using Analysis.Data.Panels;

namespace Analysis.Indicators.Review;

/// <summary>
/// Every indicator in a library assessed as a candidate for a published practice scorecard: one row per indicator
/// with its review's figures and a recommendation with reasons, the practice-level rank correlation matrix, and the
/// clusters of indicators that duplicate each other, of which the scorecard keeps one.
/// </summary>
/// <remarks>
/// Each indicator is reviewed by <see cref="IndicatorReview"/> against the whole library (the same funnel, φ, SII and
/// correlations as a single review); the assessment adds only what needs the library at once: clusters, which
/// duplicate to keep (<c>ScorecardSelection</c>), and the recommendation.
/// </remarks>
/// <example>
/// <code>
/// var assessment = ScorecardAssessment.Of(panel, IndicatorLibrary.Load("indicators"));
/// assessment.Rows.Where(r => r.Recommendation == ScorecardRecommendation.Publish)
/// </code>
/// </example>
public sealed record ScorecardAssessment
{
    /// <summary>The rule that chooses which member of a duplicate pair is kept, in words.</summary>
    public const string KeepRule = ScorecardSelection.Rule;

    /// <summary>One row per indicator, in the library's order.</summary>
    public required IReadOnlyList<ScorecardRow> Rows { get; init; }

    /// <summary>Spearman's ρ between every pair of indicators across practices.</summary>
    public required ScorecardCorrelations Correlations { get; init; }

    /// <summary>The redundancy clusters, numbered in the library's order (most hold one indicator).</summary>
    public required IReadOnlyList<ScorecardCluster> Clusters { get; init; }

    /// <summary>The row of an indicator.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public ScorecardRow Row(string id) =>
        Rows.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"Indicator {id} is not in the scorecard assessment; it holds {string.Join(", ", Rows.Select(r => r.Id))}.");

    /// <summary>The ids with a recommendation, in the library's order.</summary>
    public IReadOnlyList<string> Recommended(ScorecardRecommendation recommendation) =>
        [.. Rows.Where(r => r.Recommendation == recommendation).Select(r => r.Id)];

    /// <summary>
    /// Assesses every indicator of a library: the library evaluated once at practice level, then each indicator reviewed
    /// against it with one engine (so the panel's columns are extracted once).
    /// </summary>
    /// <param name="panel">The data.</param>
    /// <param name="library">The indicators to assess, such as <c>IndicatorLibrary.Load("indicators")</c>.</param>
    /// <param name="engine">The engine to use, or null for a new one.</param>
    /// <exception cref="ArgumentException">The library is empty, two indicators share an id, or one lacks what its value type needs.</exception>
    public static ScorecardAssessment Of(Panel panel, IReadOnlyList<IndicatorDefinition> library, IndicatorEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(library);
        if (library.Count == 0)
        {
            throw new ArgumentException("A scorecard assessment needs at least one indicator; the library given is empty.", nameof(library));
        }

        engine ??= new IndicatorEngine();
        var results = engine.Run(panel, library, Level.Practice);
        return Of([.. library.Select(d => IndicatorReview.Of(d, panel, results, engine))]);
    }

    /// <summary>Assembles the assessment from reviews computed already, each against a library holding the others.</summary>
    /// <exception cref="ArgumentException">No reviews, or two review the same indicator.</exception>
    public static ScorecardAssessment Of(IReadOnlyList<IndicatorReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count == 0)
        {
            throw new ArgumentException("A scorecard assessment needs at least one review.", nameof(reviews));
        }

        if (reviews.GroupBy(r => r.Indicator.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Indicator {twice.Key} is reviewed {twice.Count()} times; each indicator takes one row.", nameof(reviews));
        }

        var correlations = ScorecardCorrelations.Of(reviews);
        var clusters = ScorecardClustering.Of(correlations);
        var redundantWith = ScorecardSelection.Choose(reviews, correlations);
        var clusterOf = new int[reviews.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var i in clusters[c])
            {
                clusterOf[i] = c + 1;
            }
        }

        var rows = reviews.Select((r, i) => Row(i, reviews, correlations, redundantWith, clusterOf[i])).ToList();
        return new ScorecardAssessment
        {
            Rows = rows,
            Correlations = correlations,
            Clusters =
            [
                .. clusters.Select((members, c) => new ScorecardCluster(
                    c + 1,
                    [.. members.Select(i => correlations.Ids[i])],
                    members.Where(i => redundantWith[i] is null).Select(i => correlations.Ids[i]).FirstOrDefault(),
                    ScorecardClustering.Weakest(correlations, members))),
            ],
        };
    }

    private static ScorecardRow Row(int index, IReadOnlyList<IndicatorReview> reviews, ScorecardCorrelations correlations, IReadOnlyList<int?> redundantWith, int cluster)
    {
        var r = reviews[index];
        var duplicate = ScorecardSelection.Duplicate(index, reviews, correlations, redundantWith);
        var verdicts = r.Verdicts.Select(v => v.Check == ReviewCheck.Duplicate ? duplicate : v).ToList();
        var twin = redundantWith[index] is { } k ? correlations.Ids[k] : null;
        var kept = reviews.Where((_, i) => redundantWith[i] is null && i != index).Select(x => x.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var closest = twin is null
            ? r.Correlations.FirstOrDefault(c => c.Rho is not null && kept.Contains(c.IndicatorId))
            : r.Correlations.FirstOrDefault(c => c.IndicatorId == twin);
        return new ScorecardRow
        {
            Indicator = r.Indicator,
            Period = r.Period,
            Practices = r.Coverage.Practices,
            Coverage = r.Coverage.Share,
            Suppressed = r.Coverage.SuppressedShare,
            MostLeftOut = ScorecardReasons.MostLeftOut(r.Coverage),
            ShareOutside998 = r.Funnel.ShareOutside998,
            Phi = r.Funnel.Phi,
            FunnelNotApplicable = r.Funnel.NotApplicable,
            Stability = r.Stability.FirstOrDefault(p => p.Rho is not null),
            DeprivationRho = r.Deprivation.Correlation,
            Sii = r.Deprivation.Inequality.Sii,
            Rii = r.Deprivation.Inequality.Rii,
            SiiShareOfEngland = r.Deprivation.SiiShareOfEngland,
            StrongestCorrelate = r.Correlations.FirstOrDefault(c => c.Rho is not null),
            Cluster = cluster,
            RedundantWith = twin,
            Recommendation = ScorecardReasons.Recommend(verdicts),
            Reasons = ScorecardReasons.For(r, verdicts, closest),
            Verdicts = verdicts,
            Review = r,
        };
    }
}
