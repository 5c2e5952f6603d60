using Analysis.Data;
using Analysis.Data.Catalogue;
using Analysis.Data.Panels;
using Analysis.Data.Reading;
using Analysis.Testing;

namespace Analysis.Indicators.Tests.Library;

/// <summary>
/// The library run by the engine on the real files in ../shared/data, through a throwaway copy outside the
/// repository with a manifest giving the periods three files do not state; built on first use only, so
/// nothing is read where the shared data is absent (the tests skip).
/// </summary>
public sealed class RealDataRun : IDisposable
{
    private static readonly (string File, DatasetKind Kind, string Period)[] Undated =
    [
        ("qof/PREVALENCE_2425.csv", DatasetKind.QofPrevalence, "2024-25"),
        ("qof/QOF 2022-23.csv", DatasetKind.QofAchievement, "2022-23"),
        ("gp-workforce/1_General_Practice_–_September_2024_Practice_Level_-_Detailed_SUBSET-first-rows.csv", DatasetKind.WorkforceDetailed, "2024-09"),
    ];

    private readonly Lazy<(Panel Panel, IReadOnlyList<IndicatorDefinition> Indicators)> _run;
    private readonly LibraryFolder _library = new();
    private string? _folder;

    public RealDataRun() => _run = new(Build);

    public Panel Panel => _run.Value.Panel;

    public IReadOnlyList<IndicatorDefinition> Indicators => _run.Value.Indicators;

    public IndicatorEngine Engine { get; } = new();

    public void Dispose()
    {
        _library.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private (Panel, IReadOnlyList<IndicatorDefinition>) Build()
    {
        _folder = Directory.CreateTempSubdirectory("library-real-").FullName;
        var manifest = new FetchManifest([]);
        foreach (var file in Directory.EnumerateFiles(SharedData.Folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(SharedData.Folder, file).Replace('\\', '/');
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, relative))!);
            File.Copy(file, Path.Combine(_folder, relative));
        }

        foreach (var (file, kind, period) in Undated)
        {
            manifest = manifest.With(new ManifestEntry(kind, period, file, new Uri("file:///shared/" + file), "-", 0, DateTimeOffset.UnixEpoch));
        }

        manifest.Save(_folder);
        return (Panel.Build(NhsData.Load(_folder)), _library.Indicators);
    }
}
