namespace Analysis.Statistics;

/// <summary>One point of a funnel limit line: a size on the x-axis and the limit there.</summary>
/// <remarks>METHODS.md §7: for Poisson funnels each limit line has its own x (expected events or population) per event count.</remarks>
public readonly record struct FunnelPoint(double Size, double Limit);
