using Analysis.Data.Catalogue;
using Analysis.Data.Codes;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests;

public sealed class NhsDataLoadTests
{
    // The real files whose period is stated neither in their header nor in their rows.
    private static readonly (string File, DatasetKind Kind, string Period)[] Undated =
    [
        ("qof/PREVALENCE_2425.csv", DatasetKind.QofPrevalence, "2024-25"),
        ("qof/QOF 2022-23.csv", DatasetKind.QofAchievement, "2022-23"),
        ("gp-workforce/1_General_Practice_–_September_2024_Practice_Level_-_Detailed_SUBSET-first-rows.csv", DatasetKind.WorkforceDetailed, "2024-09"),
    ];

    [SharedDataFact]
    public void Every_real_file_is_identified_and_those_without_a_period_say_so_rather_than_vanish()
    {
        var data = NhsData.Load(SharedData.Folder);

        Assert.Equal(Undated.Select(u => SharedData.Path(u.File)).Order(StringComparer.Ordinal),
            data.Unreadable.Select(u => u.Path).Order(StringComparer.Ordinal));
        Assert.All(data.Unreadable, u => Assert.Contains("ReaderOptions.Period", u.Reason, StringComparison.Ordinal));
        Assert.Equal(12, data.Reports.Count);
        Assert.All(data.Reports, r => Assert.Equal(0, r.RowsRejected));
    }

    [SharedDataFact]
    public void With_a_manifest_every_real_file_reads_and_joins_into_a_panel()
    {
        var folder = Directory.CreateTempSubdirectory("shared-data-").FullName;
        try
        {
            // A throwaway copy outside the repository, so a manifest can sit beside the files.
            var manifest = new FetchManifest([]);
            foreach (var file in Directory.EnumerateFiles(SharedData.Folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(SharedData.Folder, file).Replace('\\', '/');
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, relative))!);
                File.Copy(file, Path.Combine(folder, relative));
            }

            foreach (var (file, kind, period) in Undated)
            {
                manifest = manifest.With(new ManifestEntry(kind, period, file, new Uri("file:///shared/" + file), "-", 0, DateTimeOffset.UnixEpoch));
            }

            manifest.Save(folder);
            var data = NhsData.Load(folder);

            Assert.Empty(data.Unreadable);
            Assert.Equal(15, data.Reports.Count);
            Assert.Equal(41 + 62_673, data.Workforce.Count);
            Assert.Equal(129_948, data.QofPrevalence.Count);

            var panel = Panel.Build(data, new PanelOptions { First = new Month(2022, 4), Last = new Month(2023, 3) });
            var a81001 = panel.For(OdsCode.From("A81001")).Single(r => r.Month == new Month(2022, 9));
            Assert.Equal(4579.78m, a81001.WeightedPatients);
            Assert.Equal("QHM", a81001.Geography.Icb?.Code);
            Assert.Equal(8, a81001.DeprivationDecile);
            Assert.NotNull(a81001.Qof);
            Assert.NotNull(a81001.Workforce);
            Assert.Contains(panel.Coverage.Datasets, d => d.Dataset == PanelDataset.Payments && d.Share > 0.9);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
