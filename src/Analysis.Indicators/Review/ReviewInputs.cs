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
}
