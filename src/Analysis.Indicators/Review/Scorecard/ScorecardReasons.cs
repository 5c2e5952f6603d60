using System.Globalization;

namespace Analysis.Indicators.Review;

/// <summary>
/// The recommendation from an indicator's verdicts, and the reasons for it as short phrases for a table, each naming
/// its figure and the threshold it was judged by (the verdicts themselves carry the full sentences).
/// </summary>
internal static class ScorecardReasons
{
    /// <summary>Blocking → do not publish; advisory or not assessed → publish with caveats; all passed → publish.</summary>
    public static ScorecardRecommendation Recommend(IReadOnlyList<ReviewVerdict> verdicts) =>
        verdicts.Any(v => v.IsBlocking) ? ScorecardRecommendation.DoNotPublish
        : verdicts.Any(v => v.Outcome is VerdictOutcome.Advisory or VerdictOutcome.NotAssessed) ? ScorecardRecommendation.PublishWithCaveats
        : ScorecardRecommendation.Publish;

    /// <summary>Blocking reasons first, then advisory, then checks not assessed; when all passed, one line with the figures that passed.</summary>
    /// <param name="review">The indicator's review.</param>
    /// <param name="verdicts">Its verdicts in the scorecard (duplication judged against the kept indicators).</param>
    /// <param name="closest">The kept indicator it is redundant with, else the closest other kept one (null when none could be compared).</param>
    public static IReadOnlyList<string> For(IndicatorReview review, IReadOnlyList<ReviewVerdict> verdicts, ReviewCorrelation? closest)
    {
        var reasons = verdicts
            .Where(v => v.Outcome != VerdictOutcome.Pass)
            .OrderBy(v => v.Outcome switch { VerdictOutcome.Blocking => 0, VerdictOutcome.Advisory => 1, _ => 2 })
            .Select(v => Phrase(review, v, closest))
            .ToList();
        return reasons.Count > 0 ? reasons : [Passed(review, closest)];
    }

    private static string Phrase(IndicatorReview r, ReviewVerdict v, ReviewCorrelation? closest) => v.Check switch
    {
        ReviewCheck.Coverage when r.Coverage.Practices == 0 => Text($"no practice is open in {r.Period}"),
        ReviewCheck.Coverage when r.Coverage.WithValue == 0 => Text($"no practice of {r.Coverage.Practices:N0} has a value in {r.Period}{LeftOut(r.Coverage)}"),
        ReviewCheck.Coverage => Text($"coverage {Percent(r.Coverage.Share)} of {r.Coverage.Practices:N0} practices (needs ≥ {Percent(ReviewThresholds.MinimumCoverage)}){LeftOut(r.Coverage)}"),
        ReviewCheck.Suppression => Text($"{Percent(r.Coverage.SuppressedShare)} of practices suppressed for small numbers (over {Percent(ReviewThresholds.MaximumSuppressedShare)})"),
        ReviewCheck.ChanceVariation when v.Outcome == VerdictOutcome.NotAssessed => "funnel not applicable: " + Lower(r.Funnel.NotApplicable ?? "no funnel."),
        ReviewCheck.ChanceVariation when v.Outcome == VerdictOutcome.Blocking =>
            Text($"mostly chance: {Percent(r.Funnel.ShareOutside998 ?? 0)} outside the 99.8% limits (chance 0.2%, needs ≥ {Percent(ReviewThresholds.ChanceShareOutside998)}), {Phi(r)}"),
        ReviewCheck.ChanceVariation => Text($"{Phi(r)} (below {ReviewThresholds.ChancePhi:F1}): most of the spread is chance though {Percent(r.Funnel.ShareOutside998 ?? 0)} lie outside the 99.8% limits"),
        ReviewCheck.Deprivation when v.Outcome == VerdictOutcome.NotAssessed => "deprivation not assessed: no correlation with deprivation decile or SII could be computed",
        ReviewCheck.Deprivation => Deprivation(r) + (v.IsBlocking ? ": a rating would restate deprivation" : ": expected of context shown unrated"),
        ReviewCheck.Duplicate when v.IsBlocking => Text($"redundant with {closest?.IndicatorId} (|ρ| = {v.Figure:F2}, ≥ {ReviewThresholds.DuplicateCorrelation:F1})"),
        ReviewCheck.Duplicate when v.Outcome == VerdictOutcome.Advisory =>
            Text($"overlaps {closest?.IndicatorId} (|ρ| = {v.Figure:F2}, from {ReviewThresholds.OverlapCorrelation:F1} to {ReviewThresholds.DuplicateCorrelation:F1}): say what it adds"),
        ReviewCheck.Duplicate => "redundancy not assessed: no kept indicator shares enough practices",
        ReviewCheck.Stability when ScorecardSelection.LatestStability(r) is { } rho && r.Stability.First(p => p.Rho is not null) is var pair =>
            Text($"unstable: year-on-year ρ = {rho:F2} ({pair.From} to {pair.To}; needs ≥ {ReviewThresholds.MinimumYearOnYearCorrelation:F1})"),
        ReviewCheck.Stability => "stability not assessed: no two months a year apart with values",
        _ => v.Message,
    };

    /// <summary>
    /// The commonest reason practices of the review month have no published value (an exclusion rule, a missing
    /// field, or the small-number rule), with how many, or null when every practice has one.
    /// </summary>
    public static string? MostLeftOut(ReviewCoverage c) =>
        c.ExcludedByReason.Concat(c.MissingByReason)
            .Append(new ReasonCount("suppressed for small numbers", c.Suppressed))
            .Where(x => x.Rows > 0)
            .OrderByDescending(x => x.Rows)
            .Select(x => Text($"{x.Reason} ({x.Rows:N0})"))
            .FirstOrDefault();

    private static string LeftOut(ReviewCoverage c) => MostLeftOut(c) is { } most ? "; most left out: " + most : string.Empty;

    private static string Passed(IndicatorReview r, ReviewCorrelation? closest)
    {
        var parts = new List<string>
        {
            Text($"coverage {Percent(r.Coverage.Share)}"),
            Text($"{Percent(r.Funnel.ShareOutside998 ?? 0)} outside the 99.8% limits, {Phi(r)}"),
            Deprivation(r),
        };
        if (ScorecardSelection.LatestStability(r) is { } rho)
        {
            parts.Add(Text($"year-on-year ρ = {rho:F2}"));
        }

        if (closest?.Rho is { } d)
        {
            parts.Add(Text($"closest kept indicator {closest.IndicatorId}, |ρ| = {Math.Abs(d):F2}"));
        }

        return "passes every check: " + string.Join("; ", parts);
    }

    private static string Deprivation(IndicatorReview r)
    {
        var d = r.Deprivation;
        var figures = new[]
        {
            d.Correlation is { } c ? Text($"ρ with deprivation decile = {c:F2}") : null,
            d.SiiShareOfEngland is { } s ? Text($"|SII| = {Percent(s)} of England") : null,
        }.OfType<string>();
        return string.Join(", ", figures) + Text($" (thresholds |ρ| ≥ {ReviewThresholds.DeprivationCorrelation:F1}, {Percent(ReviewThresholds.DeprivationSiiShare)})");
    }

    private static string Phi(IndicatorReview r) => r.Funnel.Phi is { } phi ? Text($"φ = {phi:F2}") : "φ not fitted";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
