using Analysis.Data.Panels;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// The toolkit's charts, built from indicator results with titles, axis units and hover text naming each area:
/// funnel plot, caterpillar plot, deprivation gradient, time series, scatter of two indicators, distribution by
/// ICB, histogram and correlation heat map. Each returns a Plotly.NET chart; <see cref="ChartOutput"/> turns one into JSON or offline HTML.
/// </summary>
/// <example>
/// <code>
/// var practices = engine.Run(panel, indicators, Level.Practice);
/// Charts.Funnel(practices, "WF01")                       // the latest month, labelled outliers
/// Charts.Funnel(practices, "WF01", new() { Overdispersion = true })
/// Charts.DeprivationGradient(engine.Run(panel, indicators, Level.DeprivationDecile), "WF01")
/// </code>
/// </example>
public static class Charts
{
    /// <summary>
    /// Each area's value against its size (denominator, or expected count for a ratio) with the benchmark line and
    /// the engine's 95% and 99.8% limits; points beyond the limits are grouped, shaped up or down, and the furthest
    /// beyond 99.8% are labelled with their code. <see cref="ChartOptions.Overdispersion"/> adds Spiegelhalter's adjusted limits.
    /// </summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static GenericChart Funnel(IndicatorResults results, string indicatorId, ChartOptions? options = null) =>
        FunnelChart.Build(results, indicatorId, options ?? ChartOptions.Default);

    /// <summary>Areas ranked by value with their confidence intervals and the England line (the target for a shortfall), grouped by how they compare with England.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static GenericChart Caterpillar(IndicatorResults results, string indicatorId, ChartOptions? options = null) =>
        CaterpillarChart.Build(results, indicatorId, options ?? ChartOptions.Default);

    /// <summary>
    /// The value in each deprivation decile (or quintile) with its interval, and the slope index of inequality
    /// drawn from the least to the most deprived end: the engine's <paramref name="inequality"/> when given (it
    /// carries intervals), else the point estimate fitted here the same way.
    /// </summary>
    /// <param name="deciles">Results at <see cref="Level.DeprivationDecile"/> or <see cref="Level.DeprivationQuintile"/>.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="inequality">The engine's SII and RII for the indicator (<see cref="IndicatorEngine.Inequality"/>), or null.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <exception cref="ArgumentException">The results are at another level, or hold no indicator with that id.</exception>
    public static GenericChart DeprivationGradient(IndicatorResults deciles, string indicatorId, InequalityResult? inequality = null, ChartOptions? options = null) =>
        GradientChart.Build(deciles, indicatorId, inequality, options ?? ChartOptions.Default);

    /// <summary>
    /// One line per area through every month in the results (run with <see cref="IndicatorEngine.RunAllMonths"/>),
    /// with England (or the target) dashed: the areas in <see cref="ChartOptions.Highlight"/>, else all when there
    /// are at most 12, else the 8 ranked worst in the last month.
    /// </summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static GenericChart TimeSeries(IndicatorResults results, string indicatorId, ChartOptions? options = null) =>
        TimeSeriesChart.Build(results, indicatorId, options ?? ChartOptions.Default);

    /// <summary>Two indicators against each other, one point per area with both in the month, with the least-squares line and Pearson's r.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with one of the ids.</exception>
    public static GenericChart Scatter(IndicatorResults results, string xIndicatorId, string yIndicatorId, ChartOptions? options = null) =>
        ScatterChart.Build(results, xIndicatorId, yIndicatorId, options ?? ChartOptions.Default);

    /// <summary>The spread of one indicator's values across the areas in a month as a histogram (up to 40 equal bins), with England (or the target) dashed.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    public static GenericChart Histogram(IndicatorResults results, string indicatorId, ChartOptions? options = null) =>
        HistogramChart.Build(results, indicatorId, options ?? ChartOptions.Default);

    /// <summary>Pearson's (or Spearman's) correlation between every pair of indicators across the areas, as a heat map with r in each cell.</summary>
    public static GenericChart Correlations(IndicatorResults results, bool ranks = false, ChartOptions? options = null) =>
        CorrelationChart.Build(CorrelationMatrix.Of(results, options?.Period, ranks), options ?? ChartOptions.Default);

    /// <summary>
    /// Practice values spread within each ICB (or the tier in <see cref="ChartOptions.GroupBy"/>) as boxes, or
    /// violins with <see cref="ChartOptions.Violin"/>, ordered by median; practices are placed by the panel's
    /// geography in the month shown.
    /// </summary>
    /// <exception cref="ArgumentException">The results are not at practice level, or hold no indicator with that id.</exception>
    public static GenericChart Distribution(IndicatorResults practices, string indicatorId, Panel panel, ChartOptions? options = null) =>
        DistributionChart.Build(practices, indicatorId, panel, options ?? ChartOptions.Default);

    /// <summary>A scorecard assessment's Spearman correlations between indicators, each duplicate cluster a block on the diagonal.</summary>
    public static GenericChart ScorecardCorrelations(Analysis.Indicators.Review.ScorecardAssessment assessment, ChartOptions? options = null) => ScorecardCharts.Correlations(assessment, options ?? ChartOptions.Default);

    /// <summary>A scorecard assessment's spread against chance: each indicator's share outside the 99.8% limits against φ, coloured by recommendation.</summary>
    public static GenericChart ScorecardChance(Analysis.Indicators.Review.ScorecardAssessment assessment, ChartOptions? options = null) => ScorecardCharts.Chance(assessment, options ?? ChartOptions.Default);
}
