using Analysis.Data.Periods;
using Analysis.Indicators.Engine.Columns;
using Analysis.Indicators.Engine.Evaluation;

namespace Analysis.Indicators;

/// <summary>
/// The raw sums behind every indicator value, before any statistics: for each indicator, area of one level and month,
/// the sum of the numerators, the sum of the denominators and the count of practice-months used (both known, not
/// excluded), as a SQL <c>GROUP BY area, month</c> would give them. From <see cref="IndicatorEngine.Sums"/>.
/// </summary>
/// <remarks>
/// Nothing is suppressed, rounded or turned into a rate: these are the totals an analyst can re-aggregate (sum two
/// ICBs, a quarter of months) and divide themselves. The sums are held as the engine computed them and read on demand,
/// so a practice × month table of many indicators costs no more memory than the engine's own run.
/// </remarks>
/// <example>
/// <code>
/// var sums = new IndicatorEngine().Sums(panel, indicators, Level.Icb);
/// var (numerator, denominator, count) = sums.Get("WF01", "QWE", new Month(2024, 3));
/// </code>
/// </example>
public sealed class IndicatorSums
{
    private readonly AreaColumn _areas;
    private readonly MonthTally[] _tallies;
    private readonly Dictionary<string, int> _indicatorIndex;
    private readonly Dictionary<string, int> _areaIndex;

    internal IndicatorSums(IReadOnlyList<IndicatorDefinition> indicators, AreaColumn areas, Month first, MonthTally[] tallies)
    {
        Indicators = [.. indicators];
        _areas = areas;
        _tallies = tallies;
        First = first;
        _indicatorIndex = indicators.Select((d, k) => (d.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        _areaIndex = areas.Codes.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => p.k, StringComparer.Ordinal);
    }

    /// <summary>The level the areas belong to.</summary>
    public Level Level => _areas.Level;

    /// <summary>The indicators, in the order given to the engine (the first index of <see cref="this[int, int, int]"/>).</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The areas' codes (the second index); rows with no area at this level count towards <see cref="England"/> only.</summary>
    public IReadOnlyList<string> AreaCodes => _areas.Codes;

    /// <summary>The panel's first month (month index 0, the third index).</summary>
    public Month First { get; }

    /// <summary>How many months the panel spans, from <see cref="First"/>.</summary>
    public int Months => _tallies.Length;

    /// <summary>One indicator's sums in one area and month, all by index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its list.</exception>
    public (double Numerator, double Denominator, int Count) this[int indicator, int area, int month]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(indicator);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(indicator, Indicators.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(area);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(area, _areas.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(month);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(month, Months);

            var totals = _tallies[month].At(indicator, area);
            return (totals.Numerator, totals.Denominator, totals.Used);
        }
    }

    /// <summary>One indicator's sums in one area and month, by id, code and month.</summary>
    /// <exception cref="KeyNotFoundException">The indicator, the area or the month is not in these sums; the message says which.</exception>
    public (double Numerator, double Denominator, int Count) Get(string indicatorId, string areaCode, Month month) =>
        this[Indicator(indicatorId), _areaIndex.TryGetValue(areaCode, out var area) ? area : throw new KeyNotFoundException($"area {areaCode} is not at {Level} level in this panel"), MonthIndex(month)];

    /// <summary>One indicator's sums over every practice in a month, including those with no area at this level.</summary>
    /// <exception cref="KeyNotFoundException">The indicator or the month is not in these sums.</exception>
    public (double Numerator, double Denominator, int Count) England(string indicatorId, Month month)
    {
        var totals = _tallies[MonthIndex(month)].All(Indicator(indicatorId));
        return (totals.Numerator, totals.Denominator, totals.Used);
    }

    private int Indicator(string id) =>
        _indicatorIndex.TryGetValue(id, out var k) ? k : throw new KeyNotFoundException($"indicator {id} is not among the {Indicators.Count} summed");

    private int MonthIndex(Month month)
    {
        var offset = month.MonthsSince(First);
        return offset >= 0 && offset < Months ? offset : throw new KeyNotFoundException($"month {month} is outside the panel ({First} to {First.Plus(Math.Max(0, Months - 1))})");
    }
}
