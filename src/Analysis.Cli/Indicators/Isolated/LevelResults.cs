using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>One script's values and coverage at one level, as a worker writes them.</summary>
internal sealed record LevelResults(Level Level, IReadOnlyList<IndicatorValue> Values, IReadOnlyList<IndicatorCoverage> Coverage, EngineOptions Options)
{
    public static LevelResults From(IndicatorResults results) => new(results.Level, results.Values, results.Coverage, results.Options);

    /// <summary>The results again, for the definitions given (metadata only, from <see cref="DefinitionRecord.ToDefinition"/>).</summary>
    public IndicatorResults ToResults(IReadOnlyList<IndicatorDefinition> definitions) => new()
    {
        Level = Level,
        Indicators = definitions,
        Values = Values,
        Coverage = Coverage,
        Options = Options,
    };
}
