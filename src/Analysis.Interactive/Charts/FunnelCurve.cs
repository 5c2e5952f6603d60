using Analysis.Statistics;

namespace Analysis.Interactive;

/// <summary>A funnel's centre line and its control limits at any size, on the value's scale.</summary>
internal sealed record FunnelCurve(double Centre, Func<double, FunnelLimits> LimitsAt);
