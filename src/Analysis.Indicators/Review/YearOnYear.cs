using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>Spearman's ρ between practice values in one month and the same month a year later: how well practices keep their place.</summary>
/// <param name="From">The earlier month.</param>
/// <param name="To">The month a year later.</param>
/// <param name="Practices">Practices with a value in both months.</param>
/// <param name="Rho">Spearman's ρ, or null with too few practices or no spread.</param>
public sealed record YearOnYear(Month From, Month To, int Practices, double? Rho);
