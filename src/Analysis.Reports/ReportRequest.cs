using Analysis.Data;
using Analysis.Data.Periods;

namespace Analysis.Reports;

/// <summary>
/// What a report is built from and where it goes: the data, the indicator library, the month (or each indicator's
/// latest), the output folder, and the few choices about what the site shows.
/// </summary>
public sealed record ReportRequest
{
    /// <summary>The data the panel is built from (a folder of publications, or the sample).</summary>
    public required NhsData Data { get; init; }

    /// <summary>The indicators every scorecard shows, in the order given (the library in <c>indicators/</c>).</summary>
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    /// <summary>The folder the site is written to; it is replaced whole, and only once the new site is complete.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The month to report; null for each indicator's latest month with data.</summary>
    public Month? Period { get; init; }

    /// <summary>What the data is, for the pages' footers, such as "the built-in synthetic sample" or a folder name.</summary>
    public string SourceName { get; init; } = "the built-in synthetic sample";

    /// <summary>True when the data is synthetic, so every page says so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>The indicator the index's deprivation gradient, the area charts and the practice trend chart show.</summary>
    public string HeadlineIndicator { get; init; } = "WF01";

    /// <summary>How many earlier financial years a trend goes back (the value at the end of each year).</summary>
    public int TrendYears { get; init; } = 4;

    /// <summary>Monte-Carlo repetitions for the interval of the slope index of inequality (seeded, so repeatable).</summary>
    public int InequalityRepetitions { get; init; } = 10_000;

    /// <summary>How the engine computes values; null for its defaults.</summary>
    public EngineOptions? Engine { get; init; }

    /// <summary>Threads used to write pages; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
