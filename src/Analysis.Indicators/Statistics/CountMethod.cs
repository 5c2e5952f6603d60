namespace Analysis.Statistics;

/// <summary>How the confidence limits of a Poisson count were found: exactly, or by Byar's approximation.</summary>
/// <remarks>METHODS.md §2: PHEindicatormethods labels these "Exact" (counts below 10) and "Byars" (from 10).</remarks>
public enum CountMethod
{
    /// <summary>Exact limits from chi-square quantiles.</summary>
    Exact,

    /// <summary>Byar's approximation to the exact limits.</summary>
    Byar,
}
