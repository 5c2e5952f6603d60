using System.Diagnostics;

namespace Analysis.Reports;

/// <summary>
/// The static scorecard site: an index (England, the under-doctored league tables, the deprivation gradient), a page
/// per region, ICB, sub-ICB location and PCN, a scorecard page per practice, a methods page from the indicators'
/// metadata, and a search box. It opens from disk with no network (plotly.js and the stylesheet ship in
/// <c>assets/</c>), the same input gives the same bytes, and the output folder is replaced only by a complete site.
/// </summary>
/// <example>
/// <code>
/// var outcome = ReportSite.Build(new ReportRequest
/// {
///     Data = NhsData.Open("sample"),
///     Indicators = IndicatorLibrary.Load("indicators"),
///     OutputFolder = "out/site",
///     Synthetic = true,
/// });
/// Console.WriteLine($"{outcome.PracticePages} practice pages, {outcome.Bytes / 1e6:0} MB");
/// </code>
/// </example>
public static class ReportSite
{
    /// <summary>Checks that a folder may take the site: it does not exist, is empty, or holds a site written here before.</summary>
    /// <exception cref="ReportFolderException">It is a file, or a folder holding something else.</exception>
    public static void CheckOutputFolder(string folder) => StagingFolder.Check(folder);

    /// <summary>Computes everything once, writes the site beside the output folder, then swaps it into place.</summary>
    /// <param name="request">The data, indicators, output folder and choices.</param>
    /// <param name="progress">Told of each stage and of pages written; null for none. An exception it throws stops the build, leaving the old site.</param>
    /// <exception cref="ReportFolderException">The output folder holds something other than a report.</exception>
    /// <exception cref="ArgumentException">The period lies outside the data, the indicators repeat an id, or the request is not usable.</exception>
    public static ReportOutcome Build(ReportRequest request, IProgress<ReportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TrendYears is < 0 or > 20)
        {
            throw new ArgumentException($"TrendYears is {request.TrendYears}; give 0 to 20 earlier years", nameof(request));
        }

        StagingFolder.Check(request.OutputFolder);
        var clock = Stopwatch.StartNew();
        var model = ReportModelBuilder.Build(request, progress);
        var compute = clock.Elapsed;

        clock.Restart();
        using var staging = StagingFolder.Create(request.OutputFolder);
        var (files, bytes, practiceTime) = SiteWriter.Write(model, staging.Path, request.MaxDegreeOfParallelism ?? Environment.ProcessorCount, progress);
        progress?.Report(new ReportProgress(ReportStage.Finishing, 0, 1));
        staging.Commit();
        progress?.Report(new ReportProgress(ReportStage.Finishing, 1, 1));
        var write = clock.Elapsed;

        var unavailable = model.Indicators
            .Select((d, k) => model.Unavailable[k] is { } reason ? $"{d.Id}: {reason}" : null)
            .Where(r => r is not null)
            .Select(r => r!)
            .ToList();
        if (model.SupplyMonth is null)
        {
            unavailable.Add("Under-doctored tables: " + Availability.Supply(model.Panel.Coverage));
        }

        if (!model.HasHeadline)
        {
            unavailable.Add($"Deprivation gradient and charts: the indicator library has no {request.HeadlineIndicator}");
        }

        return new ReportOutcome(Path.GetFullPath(request.OutputFolder), model.Practices.Count, model.AllAreas.Count(), files, bytes, compute, write, practiceTime, unavailable);
    }
}
