namespace Analysis.Statistics;

/// <summary>An indicator value with the lower and upper limits of its confidence interval, on the value's scale.</summary>
/// <remarks>
/// METHODS.md §0: the value and both limits carry the same multiplier (1, 100 for %, 1,000 or 100,000 for
/// rates), and a missing input gives a missing value and limits (NaN).
/// </remarks>
public readonly record struct Estimate(double Value, double Lower, double Upper)
{
    /// <summary>An estimate whose value and limits are all missing.</summary>
    public static Estimate Missing { get; } = new(double.NaN, double.NaN, double.NaN);

    /// <summary>Whether the value is missing.</summary>
    public bool IsMissing => double.IsNaN(Value);

    /// <summary>The confidence interval on its own.</summary>
    public Interval Interval => new(Lower, Upper);
}
