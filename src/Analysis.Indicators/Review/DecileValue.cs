namespace Analysis.Indicators.Review;

/// <summary>The indicator's value in one national deprivation decile of practices (1 least deprived, 10 most), with its interval.</summary>
/// <param name="Decile">The decile, 1 to 10.</param>
/// <param name="Value">The decile's value (a ratio of sums over its practices, or a mean for mean indicators).</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
/// <param name="Practices">Practices that contributed.</param>
public sealed record DecileValue(int Decile, double? Value, double? Lower, double? Upper, int Practices);
