using Analysis.Reports.Tests.Support;

namespace Analysis.Reports.Tests.Site;

/// <summary>The output folder holds the old site or the new one, never part of one, and never loses files that are not a report.</summary>
[Collection(ReportCollection.Name)]
public sealed class AtomicBuildTests(ReportFixture fixture)
{
    [Fact]
    public void A_build_that_fails_while_writing_practice_pages_leaves_the_previous_site_untouched_and_no_staging_folder()
    {
        var parent = Path.Combine(fixture.Work, "atomic");
        var site = Path.Combine(parent, "site");
        Copy(fixture.Site, site);
        var before = SiteFiles.Hashes(site);

        var failing = new FailingProgress(p => p.Stage == ReportStage.WritingPractices && p.Done > 0);
        Assert.ThrowsAny<Exception>(() => ReportSite.Build(fixture.Request(site), failing));

        Assert.True(failing.Failed);
        Assert.Equal(before, SiteFiles.Hashes(site));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_holding_other_files_is_never_replaced()
    {
        var folder = Path.Combine(fixture.Work, "not-a-report");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var e = Assert.Throws<ReportFolderException>(() => ReportSite.Build(fixture.Request(folder)));

        Assert.Contains("already holds files that are not a report written by 'analysis report'", e.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(fixture.Work), d => Path.GetFileName(d).Contains(".building-", StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Throws once the build reaches a point, as a full disk or a killed writer would.</summary>
    private sealed class FailingProgress(Func<ReportProgress, bool> when) : IProgress<ReportProgress>
    {
        public bool Failed { get; private set; }

        public void Report(ReportProgress value)
        {
            if (when(value))
            {
                Failed = true;
                throw new IOException("simulated failure while writing");
            }
        }
    }
}
