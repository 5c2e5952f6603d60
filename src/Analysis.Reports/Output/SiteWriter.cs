using Analysis.Interactive;

namespace Analysis.Reports;

/// <summary>
/// Writes the site from a computed model: the assets once (plotly.js, the stylesheet, the search script and index),
/// the index and methods pages, then area and practice pages in parallel, each thread reusing its own buffer.
/// </summary>
internal static class SiteWriter
{
    private const int ReportEvery = 100;

    public static (int Files, long Bytes, TimeSpan PracticePages) Write(ReportModel model, string folder, int threads, IProgress<ReportProgress>? progress)
    {
        var files = 0;
        long bytes = 0;
        var buffer = new PageBuffer();
        void Single(string relative, Action<HtmlText> write)
        {
            write(buffer.Html);
            bytes += buffer.WriteTo(Path.Combine(folder, relative));
            files++;
        }

        PlotlyJs.WriteTo(Path.Combine(folder, SitePaths.Assets));
        bytes += new FileInfo(Path.Combine(folder, SitePaths.Assets, PlotlyJs.FileName)).Length;
        files++;
        Single(SitePaths.Stylesheet, h => h.Raw(Asset("site.css")));
        Single(SitePaths.Script, h => h.Raw(Asset("site.js")));
        Single(SitePaths.SearchIndex, h => SearchIndexFile.Write(h, model));
        Single(SitePaths.Marker, h => h.Raw("A site written by 'analysis report'; the command may replace this folder.\n"));
        Single(SitePaths.Index, h => IndexPage.Write(h, model));
        Single(SitePaths.Methods, h => MethodsPage.Write(h, model));

        var areas = model.AllAreas.ToList();
        var (areaFiles, areaBytes) = Pages(areas, folder, threads, ReportStage.WritingAreas, progress, (h, a) => AreaPage.Write(h, model, a), a => a.Path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (practiceFiles, practiceBytes) = PracticePages(model, model.Practices, folder, threads, progress);
        return (files + areaFiles + practiceFiles, bytes + areaBytes + practiceBytes, clock.Elapsed);
    }

    /// <summary>Writes the scorecard pages of <paramref name="practices"/> (the site's largest part; benchmarks time it alone).</summary>
    internal static (int Files, long Bytes) PracticePages(ReportModel model, IReadOnlyList<PracticeNode> practices, string folder, int threads, IProgress<ReportProgress>? progress) =>
        Pages(practices, folder, threads, ReportStage.WritingPractices, progress, (h, p) => PracticePage.Write(h, model, p), p => p.Path);

    private static (int Files, long Bytes) Pages<T>(IReadOnlyList<T> items, string folder, int threads, ReportStage stage, IProgress<ReportProgress>? progress, Action<HtmlText, T> write, Func<T, string> path)
    {
        foreach (var sub in items.Select(i => Path.GetDirectoryName(path(i))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
        }

        progress?.Report(new ReportProgress(stage, 0, items.Count));
        long bytes = 0;
        var done = 0;
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => new PageBuffer(), (i, _, buffer) =>
        {
            write(buffer.Html, items[i]);
            Interlocked.Add(ref bytes, buffer.WriteTo(Path.Combine(folder, path(items[i]))));
            var count = Interlocked.Increment(ref done);
            if (count % ReportEvery == 0 && count < items.Count)
            {
                progress?.Report(new ReportProgress(stage, count, items.Count));
            }

            return buffer;
        }, _ => { });
        progress?.Report(new ReportProgress(stage, items.Count, items.Count));
        return (items.Count, bytes);
    }

    private static string Asset(string name)
    {
        using var stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("Analysis.Reports.Assets." + name)
            ?? throw new InvalidOperationException($"the report assembly does not carry its asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
