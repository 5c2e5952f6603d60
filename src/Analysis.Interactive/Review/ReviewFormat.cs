using System.Globalization;
using Analysis.Indicators.Review;

namespace Analysis.Interactive.Review;

/// <summary>How a review writes numbers and names: invariant, with units, a dash for nothing.</summary>
internal static class ReviewFormat
{
    public const string None = "–";

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as charts print it (fewer decimals the larger it is).</summary>
    public static string Number(double? value) => ChartNumbers.Text(value);

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share (0–1) as a percentage with one decimal.</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>A correlation or φ to two decimals.</summary>
    public static string Fixed2(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>A small variance such as τ² in three significant figures.</summary>
    public static string Small(double? value) => value is { } v ? v.ToString("G3", CultureInfo.InvariantCulture) : None;

    public static string Interval(double? lower, double? upper) =>
        lower is null || upper is null ? None : $"{Number(lower)} to {Number(upper)}";

    public static string Outcome(VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.Pass => "Pass",
        VerdictOutcome.Advisory => "Advisory",
        VerdictOutcome.Blocking => "Blocking",
        _ => "Not assessed",
    };

    public static string Check(ReviewCheck check) => check switch
    {
        ReviewCheck.Diagnostics => "Script diagnostics",
        ReviewCheck.Coverage => "Practices covered",
        ReviewCheck.Suppression => "Small-number suppression",
        ReviewCheck.ChanceVariation => "Variation beyond chance",
        ReviewCheck.Deprivation => "Confounding by deprivation",
        ReviewCheck.Duplicate => "Duplicate of a library indicator",
        _ => "Stability between years",
    };

    public static string Polarity(Indicators.Polarity polarity) => polarity switch
    {
        Indicators.Polarity.HigherIsBetter => "Higher is better",
        Indicators.Polarity.LowerIsBetter => "Lower is better",
        Indicators.Polarity.NoJudgement => "No judgement",
        _ => "Not set",
    };

    /// <summary>The verdict's figure as it reads: a share as a percentage, a correlation or φ as a number, a count whole.</summary>
    public static string Figure(ReviewVerdict verdict) => verdict.Figure is not { } f ? None : verdict.Check switch
    {
        ReviewCheck.Coverage or ReviewCheck.Suppression or ReviewCheck.ChanceVariation => Percent(f),
        ReviewCheck.Diagnostics => Count((int)f),
        _ => Fixed2(f),
    };
}
