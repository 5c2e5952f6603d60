namespace Analysis.Statistics;

/// <summary>A confidence interval (or control limits) from a lower to an upper bound; NaN bounds mean missing.</summary>
/// <remarks>METHODS.md §0: missing inputs propagate as missing (NaN) limits rather than as errors.</remarks>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>An interval whose bounds are both missing.</summary>
    public static Interval Missing { get; } = new(double.NaN, double.NaN);

    /// <summary>Whether both bounds are known.</summary>
    public bool IsMissing => double.IsNaN(Lower) || double.IsNaN(Upper);

    /// <summary>Whether the value lies inside the interval, counting its bounds as inside.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
