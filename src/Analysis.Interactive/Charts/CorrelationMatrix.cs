using Analysis.Data.Periods;

namespace Analysis.Interactive;

/// <summary>
/// How every pair of indicators moves together across areas: Pearson's r of their values (or Spearman's, of their
/// ranks) over the areas that have both, each indicator in its latest month in the results unless a month is given.
/// </summary>
/// <param name="Ids">The indicators, in the results' order.</param>
/// <param name="R">r for each pair, [i][j]; null where fewer than three areas have both or either does not vary.</param>
/// <param name="Areas">How many areas have both, [i][j].</param>
/// <param name="Ranks">Whether these are Spearman's rank correlations.</param>
public sealed record CorrelationMatrix(IReadOnlyList<string> Ids, IReadOnlyList<IReadOnlyList<double?>> R, IReadOnlyList<IReadOnlyList<int>> Areas, bool Ranks)
{
    /// <summary>The correlations between the results' indicators.</summary>
    /// <param name="results">The run, at any level (practices give the most areas).</param>
    /// <param name="period">The month for every indicator; null for each indicator's latest month in the results.</param>
    /// <param name="ranks">Spearman's rank correlation (average ranks for ties) instead of Pearson's.</param>
    public static CorrelationMatrix Of(IndicatorResults results, Month? period = null, bool ranks = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ids = results.Indicators.Select(d => d.Id).ToList();
        var values = ids.Select(id => IndicatorSlice.Of(results, id, period).Values
                .Where(v => v.Value is not null)
                .ToDictionary(v => v.AreaCode, v => v.Value!.Value, StringComparer.Ordinal))
            .ToList();
        var r = new List<IReadOnlyList<double?>>();
        var n = new List<IReadOnlyList<int>>();
        for (var i = 0; i < ids.Count; i++)
        {
            var row = new double?[ids.Count];
            var counts = new int[ids.Count];
            for (var j = 0; j < ids.Count; j++)
            {
                var shared = values[i].Keys.Where(values[j].ContainsKey).Order(StringComparer.Ordinal).ToList();
                counts[j] = shared.Count;
                row[j] = Pearson([.. shared.Select(a => values[i][a])], [.. shared.Select(a => values[j][a])], ranks);
            }

            r.Add(row);
            n.Add(counts);
        }

        return new CorrelationMatrix(ids, r, n, ranks);
    }

    /// <summary>r between two indicators, or null.</summary>
    /// <exception cref="KeyNotFoundException">An id is not in the matrix.</exception>
    public double? Between(string first, string second) => R[Index(first)][Index(second)];

    private int Index(string id) => Ids.Select((x, i) => (x, i)).FirstOrDefault(p => string.Equals(p.x, id, StringComparison.Ordinal)) is { x: not null } found
        ? found.i
        : throw new KeyNotFoundException($"indicator {id} is not in the matrix; it holds {string.Join(", ", Ids)}");

    private static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y, bool ranks)
    {
        if (x.Count < 3)
        {
            return null;
        }

        var fit = ScatterChart.Fit(ranks ? Analysis.Statistics.Ranks.Average(x) : x, ranks ? Analysis.Statistics.Ranks.Average(y) : y);
        return fit?.R;
    }
}
