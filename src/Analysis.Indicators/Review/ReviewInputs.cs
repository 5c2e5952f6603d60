using Analysis.Data.Panels;

namespace Analysis.Indicators.Review;

/// <summary>
/// What a review is computed from: the candidate's practice values over the months reviewed, its deprivation-decile
/// values in the review month, the library's practice values, and the panel (for each practice's decile).
/// </summary>
/// <remarks>
/// <see cref="IndicatorReview.Of"/> builds these with the engine; build them yourself when the candidate was
/// evaluated elsewhere (in a child process, from saved results).
/// </remarks>
public sealed record ReviewInputs
{
    /// <summary>
    /// The candidate (one indicator) at <see cref="Level.Practice"/>: every month (<see cref="IndicatorEngine.RunAllMonths"/>),
    /// or at least the latest month with data and the same month in earlier years. The latest month is the review month.
    /// </summary>
    public required IndicatorResults Practices { get; init; }

    /// <summary>The candidate at <see cref="Level.DeprivationDecile"/> in the review month.</summary>
    public required IndicatorResults Deciles { get; init; }

    /// <summary>The library at <see cref="Level.Practice"/> (<c>engine.Run(panel, library, Level.Practice)</c>); an indicator with the candidate's id is left out.</summary>
    public required IndicatorResults Library { get; init; }

    /// <summary>The panel the results came from: it gives each practice's deprivation decile.</summary>
    public required Panel Panel { get; init; }

    /// <summary>
    /// Evaluates a candidate with the engine for a review: practice values in its latest month and in the same month
    /// of each earlier year in the panel (all a review reads, at a fraction of the cost of every month), and its
    /// decile values in its latest month.
    /// </summary>
    /// <param name="candidate">The indicator under review.</param>
    /// <param name="panel">The data.</param>
    /// <param name="library">The library's practice values, <c>engine.Run(panel, library, Level.Practice)</c>.</param>
    /// <param name="engine">The engine (reuse one across reviews so the panel's columns are extracted once).</param>
    /// <exception cref="ArgumentException">The candidate lacks what its value type needs.</exception>
    public static ReviewInputs Evaluate(IndicatorDefinition candidate, Panel panel, IndicatorResults library, IndicatorEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(library);
        var (practices, deciles) = ReviewRuns.Evaluate(engine ?? new IndicatorEngine(), panel, candidate);
        return new ReviewInputs { Practices = practices, Deciles = deciles, Library = library, Panel = panel };
    }
}
