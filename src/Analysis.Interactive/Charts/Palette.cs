using Analysis.Statistics;

namespace Analysis.Interactive;

/// <summary>
/// Colours and marker shapes for comparisons, from the Okabe–Ito palette (readable with the common forms of colour
/// blindness). Colour is never the only signal: shapes point up or down and legend names say better or worse.
/// </summary>
internal static class Palette
{
    public const string Better = "#0072B2";
    public const string Worse = "#D55E00";
    public const string Similar = "#8C8C8C";
    public const string Higher = "#56B4E9";
    public const string Lower = "#E69F00";
    public const string NotCompared = "#BBBBBB";
    public const string Benchmark = "#000000";
    public const string Limit95 = "#4D4D4D";
    public const string Limit998 = "#4D4D4D";
    public const string Overdispersed = "#009E73";
    public const string Series = "#0072B2";

    /// <summary>Line colours for several areas on one chart, in order.</summary>
    public static IReadOnlyList<string> Areas { get; } =
        ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000", "#7F3C8D", "#11A579"];

    /// <summary>The colour of a higher or lower point given which direction is good (null: no judgement).</summary>
    public static string ForDirection(bool higher, bool? higherIsBetter) => higherIsBetter switch
    {
        null => higher ? Higher : Lower,
        true => higher ? Better : Worse,
        false => higher ? Worse : Better,
    };

    public static string For(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better or BenchmarkOutcome.Best => Better,
        BenchmarkOutcome.Worse or BenchmarkOutcome.Worst => Worse,
        BenchmarkOutcome.Higher or BenchmarkOutcome.MuchHigher => Higher,
        BenchmarkOutcome.Lower or BenchmarkOutcome.MuchLower => Lower,
        BenchmarkOutcome.Similar => Similar,
        _ => NotCompared,
    };

    /// <summary>Up for a significantly high point, down for a low one, a circle when not significant, open when not compared.</summary>
    public static string Symbol(bool? significantlyHigher) => significantlyHigher switch
    {
        true => "triangle-up",
        false => "triangle-down",
        null => "circle",
    };

    public static string Outcome(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better => "better than",
        BenchmarkOutcome.Best => "much better than",
        BenchmarkOutcome.Worse => "worse than",
        BenchmarkOutcome.Worst => "much worse than",
        BenchmarkOutcome.Higher => "higher than",
        BenchmarkOutcome.MuchHigher => "much higher than",
        BenchmarkOutcome.Lower => "lower than",
        BenchmarkOutcome.MuchLower => "much lower than",
        BenchmarkOutcome.Similar => "similar to",
        _ => "not compared with",
    };
}
