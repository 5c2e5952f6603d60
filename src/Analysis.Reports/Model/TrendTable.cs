using Analysis.Data.Periods;

namespace Analysis.Reports;

/// <summary>
/// Every area's values at the trend months, per indicator, kept as small arrays rather than whole engine values
/// (five years of 33 indicators for 6,300 practices would otherwise hold a million records).
/// </summary>
internal sealed class TrendTable
{
    private readonly Dictionary<string, List<TrendPoint>>[] _points;

    public TrendTable(int indicators) =>
        _points = [.. Enumerable.Range(0, indicators).Select(_ => new Dictionary<string, List<TrendPoint>>(StringComparer.Ordinal))];

    /// <summary>Adds one run's values; runs are added in month order, so each area's points stay in order.</summary>
    public void Add(IndicatorResults results, IReadOnlyDictionary<string, int> indicatorIndex)
    {
        foreach (var v in results.Values)
        {
            if (v.Value is not { } value || !double.IsFinite(value) || !indicatorIndex.TryGetValue(v.IndicatorId, out var k))
            {
                continue;
            }

            var byArea = _points[k];
            if (!byArea.TryGetValue(v.AreaCode, out var list))
            {
                byArea[v.AreaCode] = list = new List<TrendPoint>(6);
            }

            list.Add(new TrendPoint(v.Period, value));
        }
    }

    /// <summary>
    /// The area's trend for indicator <paramref name="k"/>: its values at the ends of up to <paramref name="years"/>
    /// financial years before the one of <paramref name="latest"/>'s period, then the latest value itself.
    /// </summary>
    public IReadOnlyList<TrendPoint> For(int k, string area, IndicatorValue? latest, int years)
    {
        if (latest?.Value is not { } value || !double.IsFinite(value))
        {
            return [];
        }

        var year = latest.Period.FinancialYear;
        var earlier = _points[k].TryGetValue(area, out var list)
            ? list.Where(p => p.Month.FinancialYear < year && p.Month.FinancialYear.StartYear >= year.StartYear - years).ToList()
            : [];
        earlier.Add(new TrendPoint(latest.Period, value));
        return earlier;
    }

    /// <summary>The ends of financial years a trend needs for indicators whose latest months are <paramref name="latest"/>, inside the panel.</summary>
    public static IReadOnlyList<Month> Months(IEnumerable<Month> latest, int years, Month first, Month last)
    {
        var months = new SortedSet<Month>();
        foreach (var month in latest.Distinct())
        {
            for (var k = 1; k <= years; k++)
            {
                var end = new FinancialYear(month.FinancialYear.StartYear - k).LastMonth;
                if (end >= first && end <= last)
                {
                    months.Add(end);
                }
            }
        }

        return [.. months];
    }
}
