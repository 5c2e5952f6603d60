using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>
/// Builds a proportion, rate, ratio, mean or standardised-ratio indicator, fluently:
/// <c>Indicator("WF01", "...").Rate(per: 10_000).Numerator(p => ...).Denominator(p => ...)</c>.
/// </summary>
public sealed class IndicatorBuilder : IndicatorBuilderBase<IndicatorBuilder>
{
    internal IndicatorBuilder(string id, string title, SourceLocation source)
        : base(id, title, source)
    {
    }

    /// <summary>A proportion, shown as a percentage by default (multiplier 100), with a Wilson interval.</summary>
    public IndicatorBuilder Proportion(double multiplier = 100, CiMethod ci = CiMethod.Wilson) =>
        With(Current with { ValueType = IndicatorValueType.Proportion, Multiplier = multiplier, Ci = ci });

    /// <summary>A rate per <paramref name="per"/> (exact Poisson below 10 events, Byar's from 10, by default).</summary>
    public IndicatorBuilder Rate(double per, CiMethod ci = CiMethod.Default) =>
        With(Current with { ValueType = IndicatorValueType.Rate, Multiplier = per, Ci = ci });

    /// <summary>A plain ratio of sums, times <paramref name="multiplier"/>, without an interval.</summary>
    public IndicatorBuilder Ratio(double multiplier = 1) =>
        With(Current with { ValueType = IndicatorValueType.Ratio, Multiplier = multiplier, Ci = CiMethod.None });

    /// <summary>The mean of a practice-level value (give it as the numerator), with a t interval.</summary>
    public IndicatorBuilder Mean(CiMethod ci = CiMethod.T) =>
        With(Current with { ValueType = IndicatorValueType.Mean, Multiplier = 1, Ci = ci });

    /// <summary>Observed over expected (numerator over <see cref="Expected"/>), times <paramref name="multiplier"/>.</summary>
    public IndicatorBuilder IndirectlyStandardised(double multiplier = 100, CiMethod ci = CiMethod.ExactPoisson) =>
        With(Current with { ValueType = IndicatorValueType.IndirectlyStandardisedRatio, Multiplier = multiplier, Ci = ci });

    /// <summary>What is counted for each practice-month.</summary>
    public IndicatorBuilder Numerator(Expression<Func<PanelRow, decimal?>> numerator) => With(Current with { Numerator = numerator });

    /// <summary>What it is counted out of.</summary>
    public IndicatorBuilder Denominator(Expression<Func<PanelRow, decimal?>> denominator) => With(Current with { Denominator = denominator });

    /// <summary>The expected count, for an indirectly standardised ratio.</summary>
    public IndicatorBuilder Expected(Expression<Func<PanelRow, decimal?>> expected) => With(Current with { Expected = expected });
}
