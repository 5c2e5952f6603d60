namespace Analysis.Indicators.Review;

/// <summary>One check of a review: what it concluded, the figure it rests on, the threshold, and why in one sentence.</summary>
/// <param name="Check">What was checked.</param>
/// <param name="Outcome">Pass, advisory, blocking or not assessed.</param>
/// <param name="Figure">The figure the outcome rests on (a share 0–1, a correlation, φ), or null when not assessed.</param>
/// <param name="Message">The outcome in words, with the figure and the threshold it was compared with.</param>
public sealed record ReviewVerdict(ReviewCheck Check, VerdictOutcome Outcome, double? Figure, string Message)
{
    /// <summary>True when this verdict blocks publication.</summary>
    public bool IsBlocking => Outcome == VerdictOutcome.Blocking;
}
