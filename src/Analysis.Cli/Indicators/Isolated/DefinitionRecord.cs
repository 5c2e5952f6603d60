using Analysis.Data.Panels;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// An indicator definition as a worker writes it: the metadata, the shortfall target, where it was defined,
/// and its expressions as text (expression trees do not cross processes).
/// </summary>
internal sealed record DefinitionRecord(
    string Id,
    string Title,
    string? Definition,
    string? Rationale,
    Domain? Domain,
    Polarity Polarity,
    IndicatorValueType ValueType,
    double Multiplier,
    string? Unit,
    CiMethod Ci,
    IReadOnlyList<PanelDataset> Datasets,
    string? Target,
    double? TargetValue,
    double? TargetPer,
    string SourcePath,
    int SourceLine,
    IndicatorExpressions Expressions)
{
    public static DefinitionRecord From(IndicatorDefinition d)
    {
        var (target, value, per) = d.Target switch
        {
            FixedRateTarget fixedRate => ("fixed-rate", fixedRate.Value, fixedRate.Per),
            PercentileTarget percentile => ("percentile", percentile.Percentile, (double?)null),
            EnglandRateTarget => ("england-rate", (double?)null, (double?)null),
            _ => (null, null, null),
        };
        var expressions = new IndicatorExpressions(d.Numerator?.ToString(), d.Denominator?.ToString(), d.Expected?.ToString(),
            [.. d.Exclusions.Select(e => new ExclusionText(e.Reason, e.When.ToString()))]);
        return new DefinitionRecord(d.Id, d.Title, d.Definition, d.Rationale, d.Domain, d.Polarity, d.ValueType, d.Multiplier, d.Unit, d.Ci,
            d.Datasets, target, value, per, d.Source.Path, d.Source.Line, expressions);
    }

    /// <summary>The definition's metadata (no expressions or exclusion rules: see <see cref="Expressions"/> for those as text).</summary>
    public IndicatorDefinition ToDefinition() => new()
    {
        Id = Id,
        Title = Title,
        Definition = Definition,
        Rationale = Rationale,
        Domain = Domain,
        Polarity = Polarity,
        ValueType = ValueType,
        Multiplier = Multiplier,
        Unit = Unit,
        Ci = Ci,
        Datasets = Datasets,
        Target = Target switch
        {
            "fixed-rate" => ShortfallTarget.FixedRate(TargetValue ?? 0, TargetPer ?? 1),
            "percentile" => ShortfallTarget.PercentileOfPractices(TargetValue ?? 50),
            "england-rate" => ShortfallTarget.EnglandRate,
            _ => null,
        },
        Source = new SourceLocation(SourcePath, SourceLine),
    };
}
