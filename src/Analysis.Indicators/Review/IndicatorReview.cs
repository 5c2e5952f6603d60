using Analysis.Data.Panels;
using Analysis.Data.Periods;

namespace Analysis.Indicators.Review;

/// <summary>
/// A reviewer's assessment of a candidate indicator for a published practice scorecard: coverage, spread, funnel
/// and overdispersion, deprivation gradient, overlap with the library, year-on-year stability, and verdicts
/// (blocking or advisory, each with its figure) by <see cref="ReviewThresholds"/>.
/// </summary>
/// <remarks>
/// Pure computation over engine results: rendering lives in <c>Analysis.Interactive</c>. Funnel limits,
/// overdispersion and the SII come from <c>Analysis.Statistics</c> and the engine (METHODS.md §7, §8, §10).
/// </remarks>
/// <example>
/// <code>
/// var engine = new IndicatorEngine();
/// var library = engine.Run(panel, IndicatorLibrary.Load("indicators"), Level.Practice);
/// var review = IndicatorReview.Of(candidate, panel, library, engine);
/// review.Verdicts.Where(v => v.IsBlocking)
/// </code>
/// </example>
public sealed record IndicatorReview
{
    /// <summary>The candidate's definition and metadata.</summary>
    public required IndicatorDefinition Indicator { get; init; }

    /// <summary>The review month: the latest month in which the candidate has data.</summary>
    public required Month Period { get; init; }

    /// <summary>Practices covered and left out.</summary>
    public required ReviewCoverage Coverage { get; init; }

    /// <summary>The spread of practice values.</summary>
    public required ReviewDistribution Distribution { get; init; }

    /// <summary>The funnel analysis and its outliers.</summary>
    public required ReviewFunnel Funnel { get; init; }

    /// <summary>The gradient across deprivation deciles.</summary>
    public required ReviewDeprivation Deprivation { get; init; }

    /// <summary>Spearman's ρ with each library indicator, strongest first.</summary>
    public required IReadOnlyList<ReviewCorrelation> Correlations { get; init; }

    /// <summary>Year-on-year rank correlations, most recent first.</summary>
    public required IReadOnlyList<YearOnYear> Stability { get; init; }

    /// <summary>The candidate's practice results the review was computed from (for charts and further analysis).</summary>
    public required IndicatorResults Practices { get; init; }

    /// <summary>The candidate's deprivation-decile results in the review month.</summary>
    public required IndicatorResults Deciles { get; init; }

    /// <summary>The panel the results came from, when the review was given one (charts group practices by its geography).</summary>
    public Panel? Panel { get; init; }

    /// <summary>One verdict per check.</summary>
    public required IReadOnlyList<ReviewVerdict> Verdicts { get; init; }

    /// <summary>True when any verdict blocks publication.</summary>
    public bool BlocksPublication => Verdicts.Any(v => v.IsBlocking);

    /// <summary>
    /// Reviews a candidate by evaluating it with the engine: practice values in its latest month and the same month
    /// of each earlier year in the panel, and decile values in its latest month.
    /// </summary>
    /// <param name="candidate">The indicator under review.</param>
    /// <param name="panel">The data.</param>
    /// <param name="library">The library's practice values, <c>engine.Run(panel, library, Level.Practice)</c>, computed once for many reviews.</param>
    /// <param name="engine">The engine (reuse one across reviews so the panel's columns are extracted once).</param>
    public static IndicatorReview Of(IndicatorDefinition candidate, Panel panel, IndicatorResults library, IndicatorEngine? engine = null) =>
        Assess(ReviewInputs.Evaluate(candidate, panel, library, engine));

    /// <summary>Reviews a candidate from results computed already (see <see cref="ReviewInputs"/> for their shape).</summary>
    /// <exception cref="ArgumentException">The results are not at the levels described, or the candidate's hold other than one indicator.</exception>
    public static IndicatorReview Assess(ReviewInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var period = ReviewMonth(inputs.Practices, inputs.Panel);
        var deciles = inputs.Panel.At(period)
            .Where(r => r.DeprivationDecile is not null)
            .ToDictionary(r => r.Practice.Value, r => r.DeprivationDecile!.Value, StringComparer.Ordinal);
        return Assess(inputs.Practices, inputs.Deciles, inputs.Library, deciles, inputs.Panel.At(period).Count(), period) with { Panel = inputs.Panel };
    }

    /// <summary>
    /// The assessment with each practice's deprivation decile given, and the practices open in the review month
    /// (which count when the candidate has no row there at all).
    /// </summary>
    internal static IndicatorReview Assess(
        IndicatorResults practices,
        IndicatorResults deciles,
        IndicatorResults library,
        IReadOnlyDictionary<string, int> decileOf,
        int practicesOpen = 0,
        Month? reviewMonth = null)
    {
        Require(practices, Level.Practice, "Practices");
        Require(deciles, Level.DeprivationDecile, "Deciles");
        Require(library, Level.Practice, "Library");
        if (practices.Indicators.Count != 1)
        {
            throw new ArgumentException($"A review takes one candidate; the practice results hold {practices.Indicators.Count} indicators.", nameof(practices));
        }

        var d = practices.Indicators[0];
        var period = reviewMonth ?? ReviewMonth(practices, null);
        var month = practices.Values.Where(v => v.Period == period).ToList();
        var coverage = CoverageAssessment.Of(month, practices.Coverage[0], period, practicesOpen);
        var funnel = FunnelAssessment.Of(d, month);
        var deprivation = DeprivationAssessment.Of(d, period, month, deciles, decileOf, deciles.Options);
        var correlations = CorrelationAssessment.Of(d.Id, period, month, library);
        var stability = StabilityAssessment.Of(practices.Values, period);
        return new IndicatorReview
        {
            Indicator = d,
            Period = period,
            Coverage = coverage,
            Distribution = DistributionAssessment.Of(month),
            Funnel = funnel,
            Deprivation = deprivation,
            Correlations = correlations,
            Stability = stability,
            Practices = practices,
            Deciles = deciles,
            Verdicts = ReviewVerdicts.For(d, coverage, funnel, deprivation, correlations, stability),
        };
    }

    /// <summary>The latest month with values; for a candidate with none anywhere, the panel's last month.</summary>
    private static Month ReviewMonth(IndicatorResults practices, Panel? panel) =>
        practices.Values.Count > 0 ? practices.Values.Max(v => v.Period)
        : practices.Coverage.SelectMany(c => c.Periods).DefaultIfEmpty(panel?.Last ?? default).Max();

    private static void Require(IndicatorResults results, Level level, string name)
    {
        ArgumentNullException.ThrowIfNull(results, name);
        if (results.Level != level)
        {
            throw new ArgumentException($"{name} should be results at level {level}, not {results.Level}.", name);
        }
    }
}
