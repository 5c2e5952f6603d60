using System.Globalization;
using Analysis.Data.Periods;

namespace Analysis.Indicators.Tests.Review;

/// <summary>Hand-built engine results for review tests: practices X00001… with chosen values, in chosen months.</summary>
internal static class ReviewResults
{
    public static readonly Month March2023 = new(2023, 3);

    public static IndicatorDefinition Definition(
        string id = "CAND01",
        IndicatorValueType type = IndicatorValueType.Proportion,
        Polarity polarity = Polarity.HigherIsBetter,
        Domain domain = Domain.Quality) => new()
        {
            Id = id,
            Title = "Candidate " + id,
            Definition = "Things counted.",
            Rationale = "Why they matter.",
            Domain = domain,
            ValueType = type,
            Multiplier = type == IndicatorValueType.Proportion ? 100 : 1,
            Ci = type == IndicatorValueType.Proportion ? CiMethod.Wilson : CiMethod.Default,
            Polarity = polarity,
            Unit = "%",
        };

    public static string Code(int i) => string.Create(CultureInfo.InvariantCulture, $"X{i:D5}");

    /// <summary>A practice with a value (and, for funnels, numerator, denominator and a signal; limits are placeholders).</summary>
    public static IndicatorValue Value(string indicator, int practice, Month period, double? value, double? numerator = null, double? denominator = null, FunnelSignal funnel = FunnelSignal.NotApplicable, double? england = null) => new()
    {
        IndicatorId = indicator,
        Level = Level.Practice,
        AreaCode = Code(practice),
        AreaName = "Practice " + practice.ToString(CultureInfo.InvariantCulture),
        Period = period,
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        England = england,
        Practices = 1,
        Funnel = funnel,
        FunnelLower95 = funnel == FunnelSignal.NotApplicable ? null : 0,
        FunnelUpper95 = funnel == FunnelSignal.NotApplicable ? null : 100,
        FunnelLower998 = funnel == FunnelSignal.NotApplicable ? null : 0,
        FunnelUpper998 = funnel == FunnelSignal.NotApplicable ? null : 100,
    };

    public static IndicatorValue Suppressed(string indicator, int practice, Month period) =>
        Value(indicator, practice, period, null) with { Suppressed = true };

    public static IndicatorValue Excluded(string indicator, int practice, Month period) =>
        Value(indicator, practice, period, null) with { Practices = 0, Excluded = 1 };

    public static IndicatorValue Missing(string indicator, int practice, Month period) =>
        Value(indicator, practice, period, null) with { Practices = 0, Missing = 1 };

    /// <summary>Practices 1..n with the given values in one month.</summary>
    public static IEnumerable<IndicatorValue> Values(string indicator, Month period, IEnumerable<double> values) =>
        values.Select((v, i) => Value(indicator, i + 1, period, v));

    public static IndicatorResults Results(Level level, IReadOnlyList<IndicatorDefinition> indicators, IEnumerable<IndicatorValue> values, params ReasonCount[] excluded)
    {
        var all = values.ToList();
        return new IndicatorResults
        {
            Level = level,
            Indicators = indicators,
            Values = all,
            Coverage =
            [
                .. indicators.Select(d => new IndicatorCoverage
                {
                    IndicatorId = d.Id,
                    Periods = [.. all.Where(v => v.IndicatorId == d.Id).Select(v => v.Period).Distinct().Order()],
                    RowsInPeriod = all.Count(v => v.IndicatorId == d.Id),
                    RowsUsed = all.Count(v => v.IndicatorId == d.Id && v.Practices > 0),
                    RowsWithoutArea = 0,
                    Excluded = excluded,
                    Missing = [],
                }),
            ],
            Options = EngineOptions.Default,
        };
    }

    /// <summary>No decile values: the SII is not assessed.</summary>
    public static IndicatorResults NoDeciles(IndicatorDefinition d) => Results(Level.DeprivationDecile, [d], []);

    /// <summary>An empty library.</summary>
    public static IndicatorResults NoLibrary() => Results(Level.Practice, [], []);

    /// <summary>Practice i in decile ((i − 1) mod 10) + 1.</summary>
    public static IReadOnlyDictionary<string, int> Deciles(int practices) =>
        Enumerable.Range(1, practices).ToDictionary(Code, i => ((i - 1) % 10) + 1, StringComparer.Ordinal);
}
