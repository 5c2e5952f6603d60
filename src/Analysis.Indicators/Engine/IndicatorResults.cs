using Analysis.Indicators.Engine.Results;

namespace Analysis.Indicators;

/// <summary>
/// What a run of the engine produced: one value per indicator, area and month, and each indicator's coverage,
/// with writers for CSV and JSON.
/// </summary>
public sealed record IndicatorResults
{
    /// <summary>The level the values are for.</summary>
    public required Level Level { get; init; }

    /// <summary>The indicators, in the order they were given.</summary>
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    /// <summary>The values: by indicator (in the order given), then month, then area code.</summary>
    public required IReadOnlyList<IndicatorValue> Values { get; init; }

    /// <summary>Each indicator's coverage, in the order given.</summary>
    public required IReadOnlyList<IndicatorCoverage> Coverage { get; init; }

    /// <summary>The options the values were computed with.</summary>
    public required EngineOptions Options { get; init; }

    /// <summary>Writes the values as CSV (UTF-8, invariant culture, blank where there is no value), replacing the file only once complete.</summary>
    public void WriteCsv(string path) => ResultsCsv.Write(this, path);

    /// <summary>Writes the coverage as CSV: one row per indicator and reason.</summary>
    public void WriteCoverageCsv(string path) => ResultsCsv.WriteCoverage(this, path);

    /// <summary>Writes everything (options, indicator metadata, coverage, values) as JSON, replacing the file only once complete.</summary>
    public void WriteJson(string path) => ResultsJson.Write(this, path);
}
