using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>
/// One indicator, as a script or notebook cell defined it: its metadata (what it measures and why,
/// which way is good), its value type and multiplier, and the expressions that read a panel row.
/// </summary>
/// <remarks>
/// Expressions, not delegates, so the engine can see which datasets an indicator reads and compile
/// many indicators into one loop. A dataset absent for a practice-month reads as null, and such a row
/// leaves the indicator with a counted reason.
/// </remarks>
public sealed record IndicatorDefinition
{
    /// <summary>A short stable identifier, such as <c>WF01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as it appears on the scorecard.</summary>
    public required string Title { get; init; }

    /// <summary>What is counted, precisely.</summary>
    public string? Definition { get; init; }

    /// <summary>Why the indicator matters.</summary>
    public string? Rationale { get; init; }

    /// <summary>The scorecard domain.</summary>
    public Domain? Domain { get; init; }

    /// <summary>Which direction is good.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>The kind of number.</summary>
    public IndicatorValueType ValueType { get; init; }

    /// <summary>What the ratio is multiplied by (100 for a percentage, 10,000 for "per 10,000").</summary>
    public double Multiplier { get; init; } = 1;

    /// <summary>The unit shown beside the value, such as "per 10,000 weighted patients" or "FTE".</summary>
    public string? Unit { get; init; }

    /// <summary>How the confidence interval is computed.</summary>
    public CiMethod Ci { get; init; }

    /// <summary>The datasets the script says it uses (checked against those its expressions read).</summary>
    public IReadOnlyList<PanelDataset> Datasets { get; init; } = [];

    /// <summary>The numerator (events, FTE, the observed count, or for a shortfall the supply).</summary>
    public Expression<Func<PanelRow, decimal?>>? Numerator { get; init; }

    /// <summary>The denominator (population, list, or for a shortfall the need).</summary>
    public Expression<Func<PanelRow, decimal?>>? Denominator { get; init; }

    /// <summary>The expected count, for an indirectly standardised ratio.</summary>
    public Expression<Func<PanelRow, decimal?>>? Expected { get; init; }

    /// <summary>The rate a shortfall is measured against.</summary>
    public ShortfallTarget? Target { get; init; }

    /// <summary>Rules that leave practice-months out, with reasons.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; init; } = [];

    /// <summary>Where the indicator was defined.</summary>
    public SourceLocation Source { get; init; } = SourceLocation.InCode;
}
