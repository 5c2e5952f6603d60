using Analysis.Data;
using Analysis.Data.Panels;
using Analysis.Data.Sample;
using Analysis.Indicators;
using Analysis.Testing;

namespace Analysis.Reports.Tests.Support;

/// <summary>
/// A small synthetic England (300 practices, written once into the temp folder and reused) with the repository's
/// indicator library, and one site built from it that the content, structure and browser tests read.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public static readonly SampleOptions SampleOptions = new() { Practices = 300 };

    private readonly Lazy<Panel> _panel;

    public ReportFixture()
    {
        Work = Path.Combine(Path.GetTempPath(), "analysis-reports-tests", Guid.NewGuid().ToString("N")[..8]);
        SampleFolder = SampleCache.Ensure(Path.Combine(Path.GetTempPath(), "analysis-reports-tests"), SampleOptions);
        Data = NhsData.Load(SampleFolder);
        Indicators = IndicatorLibrary.Load(Path.Combine(SharedData.RepoRoot, "indicators"));
        Site = Path.Combine(Work, "site");
        Outcome = ReportSite.Build(Request(Site));
        _panel = new(() => Panel.Build(Data));
    }

    /// <summary>A folder of this fixture's own, deleted at the end.</summary>
    public string Work { get; }

    public string SampleFolder { get; }

    public NhsData Data { get; }

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    public string Site { get; }

    public ReportOutcome Outcome { get; }

    public Panel Panel => _panel.Value;

    public ReportRequest Request(string output, NhsData? data = null) => new()
    {
        Data = data ?? Data,
        Indicators = Indicators,
        OutputFolder = output,
        Synthetic = true,
        InequalityRepetitions = 2_000,
    };

    public string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    public void Dispose()
    {
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }
}
