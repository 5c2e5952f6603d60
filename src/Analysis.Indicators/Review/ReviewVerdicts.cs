using System.Globalization;

namespace Analysis.Indicators.Review;

/// <summary>
/// Turns a review's figures into verdicts by <see cref="ReviewThresholds"/>: one verdict per check, each saying
/// what it found, the threshold, and why it matters for a scorecard.
/// </summary>
internal static class ReviewVerdicts
{
    public static IReadOnlyList<ReviewVerdict> For(IndicatorDefinition d, ReviewCoverage coverage, ReviewFunnel funnel, ReviewDeprivation deprivation, IReadOnlyList<ReviewCorrelation> correlations, IReadOnlyList<YearOnYear> stability) =>
    [
        Coverage(coverage),
        Suppression(coverage),
        Chance(funnel),
        Deprivation(d, deprivation),
        Duplicate(correlations),
        Stability(stability),
    ];

    /// <summary>The verdict on a script's diagnostics: any error or warning blocks, since the library's scripts have none.</summary>
    public static ReviewVerdict Diagnostics(IReadOnlyList<ScriptDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return new ReviewVerdict(ReviewCheck.Diagnostics, VerdictOutcome.Pass, 0, "The script compiles, passes the allow-list and lints without a diagnostic.");
        }

        var errors = diagnostics.Count(x => x.IsError);
        return new ReviewVerdict(ReviewCheck.Diagnostics, VerdictOutcome.Blocking, diagnostics.Count,
            Text($"The script has {diagnostics.Count} diagnostic(s), {errors} of them error(s): every indicator in the library compiles and lints clean, so fix them first."));
    }

    internal static ReviewVerdict Coverage(ReviewCoverage c)
    {
        if (c.Practices == 0)
        {
            return new ReviewVerdict(ReviewCheck.Coverage, VerdictOutcome.Blocking, 0, Text($"No practice has a value in {c.Period}."));
        }

        var what = Text($"{Percent(c.Share)} of the {c.Practices:N0} practices open in {c.Period} get a published value ({c.WithValue:N0})");
        return c.Share < ReviewThresholds.MinimumCoverage
            ? new ReviewVerdict(ReviewCheck.Coverage, VerdictOutcome.Blocking, c.Share,
                Text($"{what}; at least {Percent(ReviewThresholds.MinimumCoverage)} are needed for a scorecard that describes general practice as a whole, and the practices left out are rarely a random few."))
            : new ReviewVerdict(ReviewCheck.Coverage, VerdictOutcome.Pass, c.Share, Text($"{what}; at least {Percent(ReviewThresholds.MinimumCoverage)} are needed."));
    }

    internal static ReviewVerdict Suppression(ReviewCoverage c)
    {
        var what = Text($"{Percent(c.SuppressedShare)} of practices ({c.Suppressed:N0}) have their value hidden by the small-number rule");
        return c.SuppressedShare > ReviewThresholds.MaximumSuppressedShare
            ? new ReviewVerdict(ReviewCheck.Suppression, VerdictOutcome.Advisory, c.SuppressedShare,
                Text($"{what}, more than {Percent(ReviewThresholds.MaximumSuppressedShare)}: the rule, not the data, decides who is shown; consider PCN level or pooled years."))
            : new ReviewVerdict(ReviewCheck.Suppression, VerdictOutcome.Pass, c.SuppressedShare, Text($"{what}; at most {Percent(ReviewThresholds.MaximumSuppressedShare)} is acceptable."));
    }

    internal static ReviewVerdict Chance(ReviewFunnel f)
    {
        if (f.NotApplicable is { } why || f.ShareOutside998 is not { } outside)
        {
            return new ReviewVerdict(ReviewCheck.ChanceVariation, VerdictOutcome.NotAssessed, null, f.NotApplicable ?? "No funnel.");
        }

        var phi = f.Phi is { } p ? Text($"φ = {p:F2}") : "φ could not be fitted";
        if (outside < ReviewThresholds.ChanceShareOutside998)
        {
            return new ReviewVerdict(ReviewCheck.ChanceVariation, VerdictOutcome.Blocking, outside,
                Text($"{Percent(outside)} of practices lie outside the 99.8% funnel limits (chance alone puts 0.2% there; at least {Percent(ReviewThresholds.ChanceShareOutside998)} needed) and {phi}: the spread between practices is mostly chance, so nearly all would read \"similar\"."));
        }

        if (f.Phi is { } low && low < ReviewThresholds.ChancePhi)
        {
            return new ReviewVerdict(ReviewCheck.ChanceVariation, VerdictOutcome.Advisory, outside,
                Text($"{Percent(outside)} of practices lie outside the 99.8% funnel limits, but φ = {low:F2} (below {ReviewThresholds.ChancePhi:F1}): most of the spread is chance; only the named outliers are informative, and a ranking of the rest would rank noise."));
        }

        return new ReviewVerdict(ReviewCheck.ChanceVariation, VerdictOutcome.Pass, outside,
            Text($"{Percent(outside)} of practices lie outside the 99.8% funnel limits (at least {Percent(ReviewThresholds.ChanceShareOutside998)} needed) and {phi}: practices differ by more than chance."));
    }

    internal static ReviewVerdict Deprivation(IndicatorDefinition d, ReviewDeprivation r)
    {
        var rho = r.Correlation;
        var sii = r.SiiShareOfEngland;
        if (rho is null && sii is null)
        {
            return new ReviewVerdict(ReviewCheck.Deprivation, VerdictOutcome.NotAssessed, null,
                Text($"Neither a correlation with deprivation decile ({r.Practices:N0} practices) nor an SII ({r.Inequality.Groups} of 10 deciles with a value) could be computed."));
        }

        var figures = string.Join(" and ", new[]
        {
            rho is { } c ? Text($"Spearman ρ with practice deprivation decile = {c:F2} (threshold |ρ| ≥ {ReviewThresholds.DeprivationCorrelation:F1})") : null,
            sii is { } s ? Text($"|SII| = {Percent(s)} of England's value (threshold {Percent(ReviewThresholds.DeprivationSiiShare)})") : null,
        }.OfType<string>());
        var figure = rho is { } r0 ? Math.Abs(r0) : sii!.Value;
        var confounded = (rho is { } r1 && Math.Abs(r1) >= ReviewThresholds.DeprivationCorrelation) || sii >= ReviewThresholds.DeprivationSiiShare;
        if (!confounded)
        {
            return new ReviewVerdict(ReviewCheck.Deprivation, VerdictOutcome.Pass, figure, figures + ": not dominated by deprivation.");
        }

        var judged = d.Polarity is Polarity.HigherIsBetter or Polarity.LowerIsBetter && d.Domain != Domain.Context;
        return judged
            ? new ReviewVerdict(ReviewCheck.Deprivation, VerdictOutcome.Blocking, figure,
                figures + ": a better/worse rating would largely restate how deprived a practice's patients are; compare within deprivation deciles, or adjust for deprivation, before publishing.")
            : new ReviewVerdict(ReviewCheck.Deprivation, VerdictOutcome.Advisory, figure,
                figures + ": strongly tied to deprivation, which is expected of a context or no-judgement indicator shown beside the others rather than rated.");
    }

    internal static ReviewVerdict Duplicate(IReadOnlyList<ReviewCorrelation> correlations)
    {
        var closest = correlations.Where(c => c.Rho is not null).MaxBy(c => Math.Abs(c.Rho!.Value));
        if (closest is null)
        {
            return new ReviewVerdict(ReviewCheck.Duplicate, VerdictOutcome.NotAssessed, null,
                Text($"No library indicator shares at least {ReviewThresholds.MinimumPractices} practices with a value, so redundancy could not be assessed."));
        }

        var rho = Math.Abs(closest.Rho!.Value);
        var what = Text($"{closest.IndicatorId} ({closest.Title}), Spearman ρ = {closest.Rho:F2} over {closest.Practices:N0} practices");
        // ρ of ±1 at practice level: the same number rescaled (a mean and a ratio of sums, a rate and its shortfall).
        var identical = rho >= 0.999 ? "; they rank practices identically and can differ only in how areas aggregate or in the target they are measured against" : string.Empty;
        return rho >= ReviewThresholds.DuplicateCorrelation
            ? new ReviewVerdict(ReviewCheck.Duplicate, VerdictOutcome.Blocking, rho,
                Text($"Ranks practices almost as {what} (threshold |ρ| ≥ {ReviewThresholds.DuplicateCorrelation:F1}){identical}: publishing both would count one thing twice."))
            : rho >= ReviewThresholds.OverlapCorrelation
                ? new ReviewVerdict(ReviewCheck.Duplicate, VerdictOutcome.Advisory, rho,
                    Text($"Overlaps {what} (|ρ| from {ReviewThresholds.OverlapCorrelation:F1} to {ReviewThresholds.DuplicateCorrelation:F1}): say what it adds."))
                : new ReviewVerdict(ReviewCheck.Duplicate, VerdictOutcome.Pass, rho,
                    Text($"The closest existing indicator is {what}, below |ρ| = {ReviewThresholds.OverlapCorrelation:F1}."));
    }

    internal static ReviewVerdict Stability(IReadOnlyList<YearOnYear> pairs)
    {
        var latest = pairs.FirstOrDefault(p => p.Rho is not null);
        if (latest is null)
        {
            return new ReviewVerdict(ReviewCheck.Stability, VerdictOutcome.NotAssessed, null,
                "No two months a year apart both have values for enough practices, so stability could not be assessed.");
        }

        var what = Text($"Practice values in {latest.To} and {latest.From} have Spearman ρ = {latest.Rho:F2} over {latest.Practices:N0} practices");
        return latest.Rho < ReviewThresholds.MinimumYearOnYearCorrelation
            ? new ReviewVerdict(ReviewCheck.Stability, VerdictOutcome.Advisory, latest.Rho,
                Text($"{what} (below {ReviewThresholds.MinimumYearOnYearCorrelation:F1}): a practice's rating this year says little about next year's; check whether the change is real (a new data source, a service change) before publishing one year."))
            : new ReviewVerdict(ReviewCheck.Stability, VerdictOutcome.Pass, latest.Rho,
                Text($"{what} (at least {ReviewThresholds.MinimumYearOnYearCorrelation:F1} needed): practices keep their place from year to year."));
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
