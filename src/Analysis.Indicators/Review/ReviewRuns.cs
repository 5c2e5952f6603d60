using Analysis.Data.Panels;
using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>
/// Evaluates a candidate for a review: practice values in its latest month and the same month of each earlier year
/// (all a review reads, at a fraction of the cost of every month), and decile values in its latest month.
/// </summary>
internal static class ReviewRuns
{
    public static (IndicatorResults Practices, IndicatorResults Deciles) Evaluate(IndicatorEngine engine, Panel panel, IndicatorDefinition candidate)
    {
        // One list instance for every run, so the engine compiles the candidate once.
        IReadOnlyList<IndicatorDefinition> one = [candidate];
        var latest = engine.Run(panel, one, Level.Practice);
        var period = latest.Coverage[0].Periods.Count > 0 ? latest.Coverage[0].Periods[0] : panel.Last;
        var runs = new List<IndicatorResults> { latest };
        for (var month = period.Plus(-12); month >= panel.First; month = month.Plus(-12))
        {
            var earlier = engine.Run(panel, one, Level.Practice, month);
            if (earlier.Coverage[0].RowsUsed > 0)
            {
                runs.Add(earlier);
            }
        }

        return (Merge(runs), engine.Run(panel, one, Level.DeprivationDecile, period));
    }

    /// <summary>
    /// One indicator's runs over different months as one result: the values of every month, the coverage of the
    /// latest (the review month's practices left out, by reason; earlier months only serve stability).
    /// </summary>
    internal static IndicatorResults Merge(IReadOnlyList<IndicatorResults> runs)
    {
        var ordered = runs.OrderBy(r => r.Coverage[0].Periods.DefaultIfEmpty().Min()).ToList();
        return ordered[^1] with { Values = [.. ordered.SelectMany(r => r.Values)] };
    }
}
