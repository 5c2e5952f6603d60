using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Summaries;

namespace Analysis.Reports;

/// <summary>
/// Everything the pages show, computed once before any page is written: the engine's results at every level with
/// their trends, the deprivation gradient, GP supply by area, the practices and areas with their pages, and what the
/// data could not support, with the reasons.
/// </summary>
internal sealed class ReportModel
{
    private readonly Lazy<Dictionary<(AreaLevel, string), AreaNode>> _areaIndex;

    public ReportModel() => _areaIndex = new(() => AllAreas.ToDictionary(a => (a.Level, a.Code)));

    public required ReportRequest Request { get; init; }

    public required Panel Panel { get; init; }

    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    public required IReadOnlyDictionary<Level, LevelData> Levels { get; init; }

    /// <summary>The headline indicator's position in <see cref="Indicators"/>, or -1 when the library lacks it.</summary>
    public required int Headline { get; init; }

    /// <summary>The headline indicator by deprivation decile, for the gradient chart (null without a headline indicator).</summary>
    public IndicatorResults? Deciles { get; init; }

    public InequalityResult? Inequality { get; init; }

    /// <summary>The month the under-doctored tables are for; null when no month has both GP FTE and weighted patients.</summary>
    public Month? SupplyMonth { get; init; }

    public AreaSupply? EnglandSupply { get; init; }

    /// <summary>Each tier's areas, most under-doctored first.</summary>
    public required IReadOnlyDictionary<AreaLevel, IReadOnlyList<AreaSupply>> Supply { get; init; }

    /// <summary>The practices with pages, in code order.</summary>
    public required IReadOnlyList<PracticeNode> Practices { get; init; }

    /// <summary>Each tier's areas with pages, in code order.</summary>
    public required IReadOnlyDictionary<AreaLevel, IReadOnlyList<AreaNode>> Areas { get; init; }

    /// <summary>For each indicator, why it has no value anywhere (null when it has values).</summary>
    public required IReadOnlyList<string?> Unavailable { get; init; }

    public required ValueExplainer Explainer { get; init; }

    public IEnumerable<AreaNode> AllAreas => Areas.Values.SelectMany(a => a);

    /// <summary>The area page for a code at a tier, if the site has one.</summary>
    public AreaNode? Area(AreaLevel level, string? code) =>
        code is not null && _areaIndex.Value.TryGetValue((level, code), out var node) ? node : null;

    public bool HasHeadline => Headline >= 0;

    public IndicatorDefinition? HeadlineDefinition => HasHeadline ? Indicators[Headline] : null;

    /// <summary>The England value of indicator <paramref name="k"/> in its reported month.</summary>
    public IndicatorValue? England(int k) => Levels[Level.England].Value(k, "E92000001");

}
