using System.Diagnostics;
using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Testing;

namespace Analysis.Interactive.Tests.Support;

/// <summary>The built-in sample run through the repository's indicator library once, at the levels the charts need.</summary>
public sealed class SampleResults
{
    private readonly Lazy<IndicatorResults> _practices;
    private readonly Lazy<IndicatorResults> _icbs;
    private readonly Lazy<IndicatorResults> _deciles;
    private readonly Lazy<IndicatorResults> _icbSeries;
    private readonly Lazy<IReadOnlyList<InequalityResult>> _inequality;

    public SampleResults()
    {
        var clock = Stopwatch.StartNew();
        Panel = Panel.Build(NhsData.Open(NhsData.Sample));
        LoadSeconds = clock.Elapsed.TotalSeconds;
        Indicators = IndicatorLibrary.Load(Path.Combine(SharedData.RepoRoot, "indicators"));
        Engine = new IndicatorEngine();
        _practices = new(() => Engine.Run(Panel, Indicators, Level.Practice));
        _icbs = new(() => Engine.Run(Panel, Indicators, Level.Icb));
        _deciles = new(() => Engine.Run(Panel, Indicators, Level.DeprivationDecile));
        _icbSeries = new(() => Engine.RunAllMonths(Panel, [.. Indicators.Where(d => d.Id is "WF01" or "SF01")], Level.Icb));
        _inequality = new(() => Engine.Inequality(Panel, [.. Indicators.Where(d => d.Id == "WF01")], repetitions: 1000));
    }

    public double LoadSeconds { get; }

    public Panel Panel { get; }

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    public IndicatorEngine Engine { get; }

    public IndicatorResults Practices => _practices.Value;

    public IndicatorResults Icbs => _icbs.Value;

    public IndicatorResults Deciles => _deciles.Value;

    /// <summary>WF01 and SF01 by ICB in every month.</summary>
    public IndicatorResults IcbSeries => _icbSeries.Value;

    /// <summary>WF01's SII and RII in its latest month (1,000 Monte-Carlo repetitions).</summary>
    public InequalityResult Wf01Inequality => _inequality.Value[0];
}
