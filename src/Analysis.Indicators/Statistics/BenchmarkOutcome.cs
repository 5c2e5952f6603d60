namespace Analysis.Statistics;

/// <summary>How an area compares with its benchmark (England, its region, …) in Fingertips' words.</summary>
/// <remarks>
/// METHODS.md §6: Better/Similar/Worse with a RAG polarity, Higher/Similar/Lower without one, and a second
/// step (Best/Worst, or MuchHigher/MuchLower without polarity) beyond the 99.8% limits when both 95% and
/// 99.8% levels are used. NotCompared covers missing data, "Not applicable" polarity and "No comparison".
/// </remarks>
public enum BenchmarkOutcome
{
    /// <summary>No comparison: a value, a limit or the benchmark is missing, or the indicator is not compared.</summary>
    NotCompared,

    /// <summary>Not significantly different from the benchmark.</summary>
    Similar,

    /// <summary>Significantly better than the benchmark (95%, or between the 95% and 99.8% limits).</summary>
    Better,

    /// <summary>Significantly worse than the benchmark (95%, or between the 95% and 99.8% limits).</summary>
    Worse,

    /// <summary>Better beyond the 99.8% limits.</summary>
    Best,

    /// <summary>Worse beyond the 99.8% limits.</summary>
    Worst,

    /// <summary>Significantly higher, for an indicator without a good direction.</summary>
    Higher,

    /// <summary>Significantly lower, for an indicator without a good direction.</summary>
    Lower,

    /// <summary>Higher beyond the 99.8% limits, for an indicator without a good direction.</summary>
    MuchHigher,

    /// <summary>Lower beyond the 99.8% limits, for an indicator without a good direction.</summary>
    MuchLower,
}
