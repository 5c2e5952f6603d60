using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>How closely the candidate ranks practices like an indicator already in the library: Spearman's ρ over the practices both have a value for.</summary>
/// <param name="IndicatorId">The library indicator.</param>
/// <param name="Title">Its title.</param>
/// <param name="Period">The library indicator's month that was compared (the review month when it has data then, else its latest).</param>
/// <param name="Practices">Practices with a value in both.</param>
/// <param name="Rho">Spearman's ρ, or null with fewer than <see cref="ReviewThresholds.MinimumPractices"/> practices or no spread.</param>
public sealed record ReviewCorrelation(string IndicatorId, string Title, Month Period, int Practices, double? Rho);
