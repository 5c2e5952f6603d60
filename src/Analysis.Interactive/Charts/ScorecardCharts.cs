using System.Globalization;
using Analysis.Indicators.Review;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// Charts of a scorecard assessment: the practice-level rank correlations ordered so that each duplicate cluster
/// sits as a block on the diagonal, and each indicator's spread beyond chance (share outside the 99.8% limits
/// against φ) coloured by its recommendation.
/// </summary>
internal static class ScorecardCharts
{
    public static GenericChart Correlations(ScorecardAssessment assessment, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var m = assessment.Correlations;
        // Larger clusters first, each member beside the others, so duplicates read as blocks along the diagonal.
        var order = assessment.Clusters
            .OrderByDescending(c => c.Members.Count)
            .ThenBy(c => c.Number)
            .SelectMany(c => c.Members)
            .Select(id => m.Ids.ToList().IndexOf(id))
            .ToList();
        var matrix = new CorrelationMatrix(
            [.. order.Select(i => m.Ids[i])],
            [.. order.Select(i => (IReadOnlyList<double?>)[.. order.Select(j => m.Rho[i][j])])],
            [.. order.Select(i => (IReadOnlyList<int>)[.. order.Select(j => m.Practices[i][j])])],
            Ranks: true);
        return CorrelationChart.Build(matrix, options with { Title = options.Title ?? "Spearman's ρ between indicators across practices, duplicate clusters together", Height = Math.Max(options.Height, 720) });
    }

    public static GenericChart Chance(ScorecardAssessment assessment, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var figure = new Figure("Spread between practices against chance", "Practices outside the 99.8% limits (%; chance alone: 0.2%)", "Overdispersion φ (1 = chance alone)", options);
        var withFunnel = assessment.Rows.Where(r => r.ShareOutside998 is not null && r.Phi is not null).ToList();
        var without = assessment.Rows.Where(r => r.ShareOutside998 is null || r.Phi is null).Select(r => r.Id).ToList();
        foreach (var (recommendation, colour) in new[]
        {
            (ScorecardRecommendation.Publish, Palette.Better),
            (ScorecardRecommendation.PublishWithCaveats, Palette.Lower),
            (ScorecardRecommendation.DoNotPublish, Palette.Worse),
        })
        {
            var rows = withFunnel.Where(r => r.Recommendation == recommendation).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var trace = figure.Add("scatter", ScorecardFormatter.Words(recommendation));
            trace.SetProperty("x", ChartNumbers.Round(rows.Select(r => r.ShareOutside998 * 100)));
            trace.SetProperty("y", ChartNumbers.Round(rows.Select(r => r.Phi)));
            trace.SetProperty("mode", "markers+text");
            trace.SetProperty("text", rows.Select(r => r.Id).ToArray());
            trace.SetProperty("textposition", "top center");
            trace.SetProperty("hovertext", rows.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Id} {Figure.Escape(r.Title)}<br>{r.ShareOutside998 * 100:0.0}% outside the 99.8% limits, φ = {r.Phi:0.00}<br>{ScorecardFormatter.Words(r.Recommendation)}")).ToArray());
            trace.SetProperty("hoverinfo", "text");
            trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = colour, ["size"] = 10 });
        }

        if (withFunnel.Count > 0)
        {
            // φ runs from well under 1 (FTE is not a Poisson count) to over 100 (prevalence): a log axis shows both.
            figure.YAxis["type"] = "log";
            var top = Math.Max(withFunnel.Max(r => r.Phi!.Value), ReviewThresholds.ChancePhi) * 1.5;
            var bottom = Math.Min(withFunnel.Min(r => r.Phi!.Value), 1) / 1.5;
            var right = Math.Max(withFunnel.Max(r => r.ShareOutside998!.Value) * 100, ReviewThresholds.ChanceShareOutside998 * 100) * 1.1;
            figure.Line("2% outside: below it, blocked as chance", [ReviewThresholds.ChanceShareOutside998 * 100, ReviewThresholds.ChanceShareOutside998 * 100], [bottom, top], Palette.Limit998, "dash", 1);
            figure.Line("φ = 1.5: below it, a caveat", [0, right], [ReviewThresholds.ChancePhi, ReviewThresholds.ChancePhi], Palette.Limit95, "dot", 1);
        }

        figure.Note(without.Count == 0
            ? "Every indicator has a funnel."
            : $"No funnel (not applicable or no values): {string.Join(", ", without)}.");
        return figure.Build();
    }
}
