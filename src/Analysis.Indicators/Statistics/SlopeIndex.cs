namespace Analysis.Statistics;

/// <summary>The slope index of inequality (SII), the relative index (RII) and the fitted value at the first quantile's end.</summary>
/// <param name="Sii">The fitted difference between the two ends of the population (relative rank 1 minus 0), times the multiplier.</param>
/// <param name="Rii">The ratio of the fitted values at relative rank 1 and 0 (inverted when the multiplier is negative).</param>
/// <param name="Intercept">The fitted value at relative rank 0, the far end of quantile 1.</param>
/// <remarks>METHODS.md §10 (PHEindicatormethods <c>phe_sii</c>; Low &amp; Low 2004; Asaria et al. 2016).</remarks>
public readonly record struct SlopeIndex(double Sii, double Rii, double Intercept);
