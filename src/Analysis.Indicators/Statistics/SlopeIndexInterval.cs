namespace Analysis.Statistics;

/// <summary>An SII and RII with Monte-Carlo confidence intervals.</summary>
/// <param name="Estimate">The point estimates from the observed values.</param>
/// <param name="Sii">The simulated confidence interval of the SII.</param>
/// <param name="Rii">The simulated confidence interval of the RII.</param>
/// <remarks>METHODS.md §10 step 5: the limits vary with the random stream; PHE's own tests accept 5% relative tolerance.</remarks>
public sealed record SlopeIndexInterval(SlopeIndex Estimate, Interval Sii, Interval Rii);
