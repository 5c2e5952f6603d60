namespace Analysis.Indicators.Allocation;

/// <summary>A measure before and after an allocation.</summary>
/// <param name="Before">The value before the extra FTE are placed.</param>
/// <param name="After">The value after.</param>
public readonly record struct Change<T>(T Before, T After);
