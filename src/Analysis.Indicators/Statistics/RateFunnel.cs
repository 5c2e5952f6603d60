namespace Analysis.Statistics;

/// <summary>The result of assessing rates against a funnel: the weighted average and each unit's significance.</summary>
/// <param name="WeightedAverage">Σ events / Σ derived denominators, the funnel's centre (per person, before the multiplier).</param>
/// <param name="DerivedDenominators">Each unit's derived denominator, multiplier × events / rate (missing where none).</param>
/// <param name="Significance">Each unit's category, in input order.</param>
/// <remarks>METHODS.md §7, rates (<c>assign_funnel_significance(statistic = "rate")</c>).</remarks>
public sealed record RateFunnel(double WeightedAverage, IReadOnlyList<double> DerivedDenominators, IReadOnlyList<FunnelSignificance> Significance);
