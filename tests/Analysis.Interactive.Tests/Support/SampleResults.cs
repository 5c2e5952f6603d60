using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Testing;

namespace Analysis.Interactive.Tests.Support;

/// <summary>
/// The built-in sample run through the repository's indicator library, at the levels the charts need; loaded once
/// per test run however many collections use it.
/// </summary>
public sealed class SampleResults
{
    private static readonly Lazy<Panel> SharedPanel = new(() => Panel.Build(NhsData.Open(NhsData.Sample)));
    private static readonly Lazy<IReadOnlyList<IndicatorDefinition>> SharedIndicators = new(() => IndicatorLibrary.Load(Path.Combine(SharedData.RepoRoot, "indicators")));
    private static readonly IndicatorEngine SharedEngine = new();
    private static readonly Lazy<IndicatorResults> SharedPractices = new(() => SharedEngine.Run(SharedPanel.Value, SharedIndicators.Value, Level.Practice));
    private static readonly Lazy<IndicatorResults> SharedIcbs = new(() => SharedEngine.Run(SharedPanel.Value, SharedIndicators.Value, Level.Icb));
    private static readonly Lazy<IndicatorResults> SharedDeciles = new(() => SharedEngine.Run(SharedPanel.Value, SharedIndicators.Value, Level.DeprivationDecile));
    private static readonly Lazy<IndicatorResults> SharedIcbSeries = new(() =>
        SharedEngine.RunAllMonths(SharedPanel.Value, [.. SharedIndicators.Value.Where(d => d.Id is "WF01" or "SF01")], Level.Icb));
    private static readonly Lazy<InequalityResult> SharedInequality = new(() =>
        SharedEngine.Inequality(SharedPanel.Value, [.. SharedIndicators.Value.Where(d => d.Id == "WF01")], repetitions: 1000)[0]);

    public Panel Panel => SharedPanel.Value;

    public IReadOnlyList<IndicatorDefinition> Indicators => SharedIndicators.Value;

    public IndicatorEngine Engine => SharedEngine;

    public IndicatorResults Practices => SharedPractices.Value;

    public IndicatorResults Icbs => SharedIcbs.Value;

    public IndicatorResults Deciles => SharedDeciles.Value;

    /// <summary>WF01 and SF01 by ICB in every month.</summary>
    public IndicatorResults IcbSeries => SharedIcbSeries.Value;

    /// <summary>WF01's SII and RII in its latest month (1,000 Monte-Carlo repetitions).</summary>
    public InequalityResult Wf01Inequality => SharedInequality.Value;
}
