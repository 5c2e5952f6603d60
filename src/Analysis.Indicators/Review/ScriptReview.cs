namespace Analysis.Indicators.Review;

/// <summary>
/// The review of one proposed script: its diagnostics, the assessment of the indicator it defines (none when it
/// did not compile or run), and every verdict, the diagnostics first.
/// </summary>
public sealed record ScriptReview
{
    /// <summary>The script, as it was named.</summary>
    public required string Script { get; init; }

    /// <summary>Compile, allow-list, runtime and lint diagnostics, located in the script.</summary>
    public required IReadOnlyList<ScriptDiagnostic> Diagnostics { get; init; }

    /// <summary>The assessment, or null when the script gave no indicator to assess.</summary>
    public IndicatorReview? Review { get; init; }

    /// <summary>The diagnostics verdict, then the assessment's.</summary>
    public IReadOnlyList<ReviewVerdict> Verdicts => [ReviewVerdicts.Diagnostics(Diagnostics), .. Review?.Verdicts ?? []];

    /// <summary>True when any verdict blocks publication (a script with diagnostics always does).</summary>
    public bool BlocksPublication => Verdicts.Any(v => v.IsBlocking);

    /// <summary>The review of a script with its diagnostics and, when it defined an indicator, its assessment.</summary>
    public static ScriptReview Of(string script, IReadOnlyList<ScriptDiagnostic> diagnostics, IndicatorReview? review) =>
        new() { Script = script, Diagnostics = diagnostics, Review = review };
}
