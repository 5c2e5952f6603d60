using Analysis.Indicators.Review;

namespace Analysis.Interactive.Review;

/// <summary>
/// A review laid out once as a title, a summary line and sections of paragraphs, tables and charts, so the
/// Markdown and the HTML say the same things in the same order.
/// </summary>
internal sealed record ReviewDocument(string Title, string Summary, IReadOnlyList<ReviewSection> Sections)
{
    public static ReviewDocument Of(ScriptReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var verdicts = review.Verdicts;
        var blocking = verdicts.Count(v => v.IsBlocking);
        var advisory = verdicts.Count(v => v.Outcome == VerdictOutcome.Advisory);
        var summary = blocking > 0
            ? ReviewFormat.Text($"Blocks publication on a scorecard: {blocking} blocking verdict(s), {advisory} advisory.")
            : ReviewFormat.Text($"No blocking verdict; {advisory} advisory verdict(s) for the reviewer to weigh.");
        var title = review.Review is { } r ? $"Indicator review: {r.Indicator.Id} {r.Indicator.Title}" : $"Indicator review: {Path.GetFileName(review.Script)}";

        var sections = new List<ReviewSection> { ReviewSections.Verdicts(verdicts) };
        if (review.Review is { } assessed)
        {
            sections.Add(ReviewSections.Definition(assessed.Indicator, review.Script));
        }

        sections.Add(ReviewSections.Diagnostics(review.Diagnostics));
        if (review.Review is { } a)
        {
            sections.Add(ReviewSections.Coverage(a));
            sections.Add(ReviewSections.Distribution(a));
            sections.Add(ReviewSections.Funnel(a));
            sections.Add(ReviewSections.Deprivation(a));
            sections.Add(ReviewSections.Correlations(a));
            sections.Add(ReviewSections.Stability(a));
        }

        sections.Add(ReviewSections.Method());
        return new ReviewDocument(title, summary, sections);
    }
}
