using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>
/// Builds a shortfall indicator: supply (such as GP FTE) against need (such as weighted patients) at a
/// target rate, giving expected supply, the gap and the gap as a percentage of expected.
/// </summary>
public sealed class ShortfallBuilder : IndicatorBuilderBase<ShortfallBuilder>
{
    internal ShortfallBuilder(string id, string title, SourceLocation source)
        : base(id, title, source) =>
        Current = Current with { ValueType = IndicatorValueType.Shortfall, Domain = Indicators.Domain.Shortfall, Polarity = Polarity.LowerIsBetter, Ci = CiMethod.None, Multiplier = 10_000 };

    /// <summary>The supply each practice-month has (the numerator).</summary>
    public ShortfallBuilder Supply(Expression<Func<PanelRow, decimal?>> supply) => With(Current with { Numerator = supply });

    /// <summary>The need supply is measured against (the denominator).</summary>
    public ShortfallBuilder Need(Expression<Func<PanelRow, decimal?>> need) => With(Current with { Denominator = need });

    /// <summary>The rate of supply per unit of need the area should have.</summary>
    public ShortfallBuilder Target(ShortfallTarget target) => With(Current with { Target = target });

    /// <summary>The multiplier the supply rate is shown with (default 10,000: "per 10,000").</summary>
    public ShortfallBuilder Per(double per) => With(Current with { Multiplier = per });
}
