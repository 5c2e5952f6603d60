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

    /// <summary>One indicator's runs over different months as one result: values by month, coverage summed.</summary>
    internal static IndicatorResults Merge(IReadOnlyList<IndicatorResults> runs)
    {
        var ordered = runs.OrderBy(r => r.Coverage[0].Periods.DefaultIfEmpty().Min()).ToList();
        var coverage = ordered.Select(r => r.Coverage[0]).ToList();
        return ordered[0] with
        {
            Values = [.. ordered.SelectMany(r => r.Values)],
            Coverage =
            [
                coverage[0] with
                {
                    Periods = [.. coverage.SelectMany(c => c.Periods).Order()],
                    RowsInPeriod = coverage.Sum(c => c.RowsInPeriod),
                    RowsUsed = coverage.Sum(c => c.RowsUsed),
                    RowsWithoutArea = coverage.Sum(c => c.RowsWithoutArea),
                    Excluded = Sum(coverage.SelectMany(c => c.Excluded)),
                    Missing = Sum(coverage.SelectMany(c => c.Missing)),
                },
            ],
        };
    }

    private static IReadOnlyList<ReasonCount> Sum(IEnumerable<ReasonCount> reasons) =>
        [.. reasons
            .GroupBy(r => r.Reason, StringComparer.Ordinal)
            .Select(g => new ReasonCount(g.Key, g.Sum(r => r.Rows)))
            .OrderByDescending(r => r.Rows)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)];
}
