using Analysis.Statistics;

namespace Analysis.Interactive;

/// <summary>
/// How a value compares, as a cell that does not rely on colour: an arrow for the direction (doubled beyond 99.8%),
/// a word for the judgement, and a tint for those who can see it.
/// </summary>
internal static class ComparisonCell
{
    public static Cell Of(IndicatorValue v)
    {
        var up = v.Value > v.England;
        return v.Comparison switch
        {
            BenchmarkOutcome.Better => new Cell((up ? "▲" : "▼") + " Better", Style: Styles.Better),
            BenchmarkOutcome.Best => new Cell((up ? "▲▲" : "▼▼") + " Much better", Style: Styles.Better),
            BenchmarkOutcome.Worse => new Cell((up ? "▲" : "▼") + " Worse", Style: Styles.Worse),
            BenchmarkOutcome.Worst => new Cell((up ? "▲▲" : "▼▼") + " Much worse", Style: Styles.Worse),
            BenchmarkOutcome.Higher => new Cell("▲ Higher", Style: Styles.Higher),
            BenchmarkOutcome.MuchHigher => new Cell("▲▲ Much higher", Style: Styles.Higher),
            BenchmarkOutcome.Lower => new Cell("▼ Lower", Style: Styles.Lower),
            BenchmarkOutcome.MuchLower => new Cell("▼▼ Much lower", Style: Styles.Lower),
            BenchmarkOutcome.Similar => new Cell("● Similar", Style: Styles.Similar),
            _ => "– Not compared",
        };
    }

    /// <summary>Where a value lies against its funnel limits, tinted better or worse when a direction is good.</summary>
    public static Cell Funnel(IndicatorValue v, bool? higherIsBetter)
    {
        var (text, high) = v.Funnel switch
        {
            FunnelSignal.VeryHigh => ("▲▲ above 99.8%", (bool?)true),
            FunnelSignal.High => ("▲ above 95%", true),
            FunnelSignal.Low => ("▼ below 95%", false),
            FunnelSignal.VeryLow => ("▼▼ below 99.8%", false),
            FunnelSignal.NotSignificant => ("● inside", null),
            _ => ("–", null),
        };
        var style = high is not { } h ? (v.Funnel == FunnelSignal.NotSignificant ? Styles.Similar : null)
            : higherIsBetter is not { } good ? (h ? Styles.Higher : Styles.Lower)
            : h == good ? Styles.Better : Styles.Worse;
        return new Cell(text, Style: style);
    }
}
