using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Sample;

namespace Analysis.Indicators.Tests.Library;

/// <summary>The library run by the engine on a small synthetic England (300 practices, 2022-23), built once.</summary>
public sealed class SampleRun : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("library-sample-").FullName;
    private readonly LibraryFolder _library = new();

    public SampleRun()
    {
        var manifest = SyntheticEngland.Write(_folder, new SampleOptions { Practices = 300, FirstYear = new FinancialYear(2022), LastYear = new FinancialYear(2022) });
        Panel = Panel.Build(NhsData.Load(manifest.Directory));
        Indicators = _library.Indicators;
        var engine = new IndicatorEngine();
        England = engine.Run(Panel, Indicators, Level.England);
        Icb = engine.Run(Panel, Indicators, Level.Icb);
    }

    public Panel Panel { get; }

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Each indicator for England in the latest month it has data.</summary>
    public IndicatorResults England { get; }

    /// <summary>Each indicator by ICB in the latest month it has data.</summary>
    public IndicatorResults Icb { get; }

    public void Dispose()
    {
        _library.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
