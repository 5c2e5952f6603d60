using System.Linq.Expressions;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// One indicator ready to evaluate: its canonical row expressions (numerator, optional denominator and
/// expected, exclusions in order) and what its loop accumulates.
/// </summary>
internal sealed record IndicatorProgram(
    IndicatorDefinition Definition,
    Expression Numerator,
    Expression? Denominator,
    Expression? Expected,
    IReadOnlyList<(string Reason, Expression When)> Exclusions)
{
    /// <summary>True when the numerator counts people or events (small counts of it are suppressed).</summary>
    public bool NumeratorIsCount { get; } = CountShape.IsCount(Numerator);

    /// <summary>True when the denominator counts people or events.</summary>
    public bool DenominatorIsCount { get; } = Denominator is not null && CountShape.IsCount(Denominator);

    /// <summary>A mean averages practice values (numerator, or numerator over denominator) instead of summing counts.</summary>
    public bool IsMean => Definition.ValueType == IndicatorValueType.Mean;

    /// <summary>Prepares a definition, or says what stops it from being evaluated.</summary>
    public static IndicatorProgram From(IndicatorDefinition d)
    {
        var problems = new List<string>();
        if (d.Numerator is null)
        {
            problems.Add("no numerator");
        }

        var needsDenominator = d.ValueType is not (IndicatorValueType.Mean or IndicatorValueType.IndirectlyStandardisedRatio);
        if (needsDenominator && d.Denominator is null)
        {
            problems.Add("no denominator");
        }

        if (d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio && d.Expected is null)
        {
            problems.Add("no expected count");
        }

        if (d.ValueType == IndicatorValueType.Shortfall && d.Target is null)
        {
            problems.Add("no target");
        }

        if (d.ValueType == IndicatorValueType.Unset)
        {
            problems.Add("no value type");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"indicator {d.Id} ({d.Source}) cannot be evaluated: {string.Join(", ", problems)}");
        }

        return new IndicatorProgram(
            d,
            RowExpression.Body(d.Numerator!),
            d.Denominator is null ? null : RowExpression.Body(d.Denominator),
            d.Expected is null ? null : RowExpression.Body(d.Expected),
            [.. d.Exclusions.Select(e => (e.Reason, RowExpression.Body(e.When)))]);
    }

    /// <summary>The parts that must have a value for a row to count: numerator, denominator, expected.</summary>
    public IEnumerable<(Part Part, Expression Body)> Parts()
    {
        yield return (Part.Numerator, Numerator);
        if (Denominator is not null)
        {
            yield return (Part.Denominator, Denominator);
        }

        if (Expected is not null)
        {
            yield return (Part.Expected, Expected);
        }
    }
}
