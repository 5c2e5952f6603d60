namespace Analysis.Reports;

/// <summary>What a report build wrote: the folder, how many pages of each kind, files, bytes, and how long computing and writing took.</summary>
/// <param name="Folder">The site's folder (the output folder, now holding the new site).</param>
/// <param name="PracticePages">Scorecard pages, one per practice.</param>
/// <param name="AreaPages">Pages for regions, ICBs, sub-ICB locations and PCNs.</param>
/// <param name="Files">Every file written, pages and assets.</param>
/// <param name="Bytes">Their total size.</param>
/// <param name="Compute">Time spent building the panel and running the engine.</param>
/// <param name="Write">Time spent writing the site.</param>
/// <param name="PracticeWrite">The part of it spent writing the practice pages.</param>
/// <param name="Unavailable">Indicators and sections the data could not support, each with the reason (also shown on the pages).</param>
public sealed record ReportOutcome(string Folder, int PracticePages, int AreaPages, int Files, long Bytes, TimeSpan Compute, TimeSpan Write, TimeSpan PracticeWrite, IReadOnlyList<string> Unavailable)
{
    /// <summary>Practice pages written per second of writing them.</summary>
    public double PracticePagesPerSecond => PracticeWrite.TotalSeconds > 0 ? PracticePages / PracticeWrite.TotalSeconds : 0;
}
