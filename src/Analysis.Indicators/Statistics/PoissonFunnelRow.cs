namespace Analysis.Statistics;

/// <summary>One row of a ratio or rate funnel table: for an event count, the four limit points.</summary>
/// <param name="Events">The observed event count the row is built from.</param>
/// <param name="Lower95">Lower 95% limit (P = 0.025) and the expected events or population where it applies.</param>
/// <param name="Upper95">Upper 95% limit and its size.</param>
/// <param name="Lower998">Lower 99.8% limit (P = 0.001) and its size.</param>
/// <param name="Upper998">Upper 99.8% limit and its size.</param>
/// <remarks>METHODS.md §7 (<c>calculate_funnel_limits</c> for <c>statistic = "ratio" | "rate"</c>).</remarks>
public sealed record PoissonFunnelRow(double Events, FunnelPoint Lower95, FunnelPoint Upper95, FunnelPoint Lower998, FunnelPoint Upper998);
