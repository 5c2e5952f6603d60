namespace Analysis.Reports;

/// <summary>
/// One level's results for the site: the reported values (looked up by indicator and area), the trend points, and
/// the headline indicator's full values at each trend month for its chart.
/// </summary>
internal sealed class LevelData
{
    private readonly Dictionary<string, IndicatorValue>[] _values;

    public LevelData(Level level, IndicatorResults latest, IReadOnlyDictionary<string, int> indicatorIndex)
    {
        Level = level;
        Latest = latest;
        _values = [.. latest.Indicators.Select(_ => new Dictionary<string, IndicatorValue>(StringComparer.Ordinal))];
        foreach (var v in latest.Values)
        {
            _values[indicatorIndex[v.IndicatorId]][v.AreaCode] = v;
        }

        Trend = new TrendTable(latest.Indicators.Count);
    }

    public Level Level { get; }

    public IndicatorResults Latest { get; }

    public TrendTable Trend { get; }

    /// <summary>The headline indicator's values at the trend months and the latest month, by area, in month order.</summary>
    public Dictionary<string, List<IndicatorValue>> Headline { get; } = new(StringComparer.Ordinal);

    /// <summary>Indicator <paramref name="k"/>'s value for the area, or null when the area had no row in that month.</summary>
    public IndicatorValue? Value(int k, string area) => _values[k].TryGetValue(area, out var v) ? v : null;

    /// <summary>The areas with a value entry for any indicator.</summary>
    public IEnumerable<string> Areas => _values.SelectMany(v => v.Keys).Distinct(StringComparer.Ordinal);
}
