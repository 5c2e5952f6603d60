using System.Linq.Expressions;
using Analysis.Data.Panels;

namespace Analysis.Indicators;

/// <summary>The metadata every kind of indicator shares: definition, rationale, domain, polarity, unit, datasets, exclusions.</summary>
/// <typeparam name="TSelf">The concrete builder, so each call returns it for chaining.</typeparam>
public abstract class IndicatorBuilderBase<TSelf> : IIndicatorBuilder
    where TSelf : IndicatorBuilderBase<TSelf>
{
    private readonly List<Exclusion> _exclusions = [];
    private readonly List<PanelDataset> _datasets = [];

    private protected IndicatorBuilderBase(string id, string title, SourceLocation source) =>
        Current = new IndicatorDefinition { Id = id, Title = title, Source = source };

    /// <summary>The definition so far.</summary>
    private protected IndicatorDefinition Current { get; set; }

    /// <summary>Says precisely what is counted.</summary>
    public TSelf Definition(string text) => With(Current with { Definition = text });

    /// <summary>Says why the indicator matters.</summary>
    public TSelf Rationale(string text) => With(Current with { Rationale = text });

    /// <summary>Places the indicator in a scorecard domain.</summary>
    public TSelf Domain(Domain domain) => With(Current with { Domain = domain });

    /// <summary>A higher value is better.</summary>
    public TSelf HigherIsBetter() => With(Current with { Polarity = Polarity.HigherIsBetter });

    /// <summary>A lower value is better.</summary>
    public TSelf LowerIsBetter() => With(Current with { Polarity = Polarity.LowerIsBetter });

    /// <summary>Neither direction is better.</summary>
    public TSelf NoJudgement() => With(Current with { Polarity = Polarity.NoJudgement });

    /// <summary>The unit shown beside the value.</summary>
    public TSelf Unit(string unit) => With(Current with { Unit = unit });

    /// <summary>Declares the datasets the indicator reads (the linter checks them against the expressions).</summary>
    public TSelf Uses(params PanelDataset[] datasets)
    {
        _datasets.AddRange(datasets);
        return With(Current with { Datasets = [.. _datasets] });
    }

    /// <summary>Leaves out practice-months for which <paramref name="when"/> is true, counting them under <paramref name="reason"/>.</summary>
    public TSelf Exclude(Expression<Func<PanelRow, bool>> when, string reason)
    {
        _exclusions.Add(new Exclusion(reason, when));
        return With(Current with { Exclusions = [.. _exclusions] });
    }

    /// <summary>The immutable definition as built so far (check it with <see cref="IndicatorLint"/>).</summary>
    public IndicatorDefinition Build() => Current;

    private protected TSelf With(IndicatorDefinition next)
    {
        Current = next;
        return (TSelf)this;
    }
}
