using Analysis.Statistics;

namespace Analysis.Reports;

/// <summary>
/// How a comparison with England is shown: a word ("Better", "Much lower"), a symbol for the direction (▲ higher,
/// ▼ lower, ● similar, ○ not compared) and a CSS class for the colour, so colour is never the only signal.
/// </summary>
internal static class ComparisonText
{
    /// <summary>Writes a comparison cell: colour class, direction symbol (hidden from screen readers) and word.</summary>
    public static void Cell(HtmlText h, IndicatorValue? v)
    {
        if (v?.Value is null)
        {
            h.Raw("<td class=\"c-none\">").Raw(ValueText.None).Raw("</td>");
            return;
        }

        var outcome = v.Comparison;
        h.Raw("<td class=\"").Raw(CssClass(outcome)).Raw("\"><span aria-hidden=\"true\">")
            .Raw(Symbol(outcome, v.Value, v.England)).Raw("</span> ").Raw(Word(outcome)).Raw("</td>");
    }

    public static string Word(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better => "Better",
        BenchmarkOutcome.Best => "Much better",
        BenchmarkOutcome.Worse => "Worse",
        BenchmarkOutcome.Worst => "Much worse",
        BenchmarkOutcome.Higher => "Higher",
        BenchmarkOutcome.MuchHigher => "Much higher",
        BenchmarkOutcome.Lower => "Lower",
        BenchmarkOutcome.MuchLower => "Much lower",
        BenchmarkOutcome.Similar => "Similar",
        _ => "Not compared",
    };

    /// <summary>The class that colours the cell: better (blue), worse (orange), higher or lower (lighter, no judgement), similar (grey), none.</summary>
    public static string CssClass(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better or BenchmarkOutcome.Best => "c-better",
        BenchmarkOutcome.Worse or BenchmarkOutcome.Worst => "c-worse",
        BenchmarkOutcome.Higher or BenchmarkOutcome.MuchHigher => "c-higher",
        BenchmarkOutcome.Lower or BenchmarkOutcome.MuchLower => "c-lower",
        BenchmarkOutcome.Similar => "c-similar",
        _ => "c-none",
    };

    /// <summary>▲ when the value is significantly above the benchmark, ▼ below, ● similar, ○ not compared.</summary>
    public static string Symbol(BenchmarkOutcome outcome, double? value, double? benchmark) => outcome switch
    {
        BenchmarkOutcome.Similar => "●",
        BenchmarkOutcome.NotCompared => "○",
        BenchmarkOutcome.Higher or BenchmarkOutcome.MuchHigher => "▲",
        BenchmarkOutcome.Lower or BenchmarkOutcome.MuchLower => "▼",
        _ => value > benchmark ? "▲" : "▼",
    };

    /// <summary>Which way is good, as the methods page and table notes say it.</summary>
    public static string Polarity(IndicatorDefinition d) => d.ValueType == IndicatorValueType.Shortfall
        ? "Lower shortfall is better (a higher supply rate is better)"
        : d.Polarity switch
        {
            Indicators.Polarity.HigherIsBetter => "Higher is better",
            Indicators.Polarity.LowerIsBetter => "Lower is better",
            _ => "No judgement: higher or lower is not in itself better",
        };

    /// <summary>What quintile 1 and 5 mean for this indicator: "worst fifth" where a direction is better, else "lowest fifth".</summary>
    public static string Quintile(IndicatorDefinition d, int quintile)
    {
        var judged = d.ValueType == IndicatorValueType.Shortfall || d.Polarity is Indicators.Polarity.HigherIsBetter or Indicators.Polarity.LowerIsBetter;
        return (quintile, judged) switch
        {
            (1, true) => "worst fifth",
            (5, true) => "best fifth",
            (1, false) => "lowest fifth",
            (5, false) => "highest fifth",
            _ => string.Empty,
        };
    }
}
