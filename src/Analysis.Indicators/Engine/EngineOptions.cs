using System.Globalization;

namespace Analysis.Indicators;

/// <summary>How the engine computes and discloses values: the small-number rule, the Poisson switch-over, the confidence level.</summary>
public sealed record EngineOptions
{
    /// <summary>The default options.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>
    /// Counts below this are not disclosed: when a numerator that counts people or events, or a denominator
    /// that counts them, is below it, the value and its interval are left blank and flagged (0 turns suppression off).
    /// </summary>
    public double SuppressBelow { get; init; } = 5;

    /// <summary>
    /// Suppress on numerators that are measures rather than counts (FTE, pounds, weighted patients) as well;
    /// off by default because 4.5 GP FTE discloses nobody, and hiding it would hide the smallest practices.
    /// </summary>
    public bool SuppressMeasures { get; init; }

    /// <summary>Poisson intervals are exact (chi-square) below this many events and Byar's from it.</summary>
    public double ExactPoissonBelow { get; init; } = 10;

    /// <summary>The confidence level of intervals and of the comparison with England (0.95 for 95%).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Widen funnel limits for overdispersion (Spiegelhalter's random-effects adjustment) when the areas vary more than chance allows.</summary>
    public bool Overdispersion { get; init; }

    /// <summary>Threads the engine may use; null for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Every problem with these options (empty when they are usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (SuppressBelow < 0 || double.IsNaN(SuppressBelow))
        {
            problems.Add(Invariant($"SuppressBelow is {SuppressBelow}; it must be 0 or more"));
        }

        if (ExactPoissonBelow < 0 || double.IsNaN(ExactPoissonBelow))
        {
            problems.Add(Invariant($"ExactPoissonBelow is {ExactPoissonBelow}; it must be 0 or more"));
        }

        if (!(Confidence > 0.5 && Confidence < 1))
        {
            problems.Add(Invariant($"Confidence is {Confidence}; give a fraction such as 0.95"));
        }

        if (MaxDegreeOfParallelism is < 1)
        {
            problems.Add(Invariant($"MaxDegreeOfParallelism is {MaxDegreeOfParallelism}; it must be 1 or more"));
        }

        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
