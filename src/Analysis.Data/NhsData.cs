using System.Collections;
using Analysis.Data.Catalogue;
using Analysis.Data.Deprivation;
using Analysis.Data.Ods;
using Analysis.Data.Payments;
using Analysis.Data.PcnWorkforce;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Sample;
using Analysis.Data.Registrations;
using Analysis.Data.Survey;
using Analysis.Data.Workforce;

namespace Analysis.Data;

/// <summary>
/// Every publication file found in a folder, read into typed records, with each file's read report
/// and the files that could not be read (and why).
/// </summary>
public sealed class NhsData
{
    private readonly IReadOnlyDictionary<Type, IList> _rows;
    private IReadOnlyList<WorkforceSnapshot>? _workforce;

    private NhsData(IReadOnlyDictionary<Type, IList> rows, IReadOnlyList<ReadReport> reports, IReadOnlyList<UnreadableFile> unreadable)
    {
        _rows = rows;
        Reports = reports;
        Unreadable = unreadable;
    }

    /// <summary>NHS Payments to General Practice rows, all years loaded.</summary>
    public IReadOnlyList<PracticePayments> Payments => Rows<PracticePayments>();

    /// <summary>QOF achievement rows, all years loaded.</summary>
    public IReadOnlyList<QofAchievement> QofAchievement => Rows<QofAchievement>();

    /// <summary>QOF disease register rows, all years loaded.</summary>
    public IReadOnlyList<QofPrevalence> QofPrevalence => Rows<QofPrevalence>();

    /// <summary>Registered patient totals, all months loaded.</summary>
    public IReadOnlyList<RegisteredPatients> RegisteredPatients => Rows<RegisteredPatients>();

    /// <summary>Practice map rows, all months loaded.</summary>
    public IReadOnlyList<PracticeMapEntry> PracticeMap => Rows<PracticeMapEntry>();

    /// <summary>Quinary age-band rows, all months loaded.</summary>
    public IReadOnlyList<AgeBandCount> AgeBands => Rows<AgeBandCount>();

    /// <summary>Practice deprivation scores.</summary>
    public IReadOnlyList<PracticeDeprivation> PracticeDeprivation => Rows<PracticeDeprivation>();

    /// <summary>LSOA deprivation ranks and deciles.</summary>
    public IReadOnlyList<LsoaDeprivation> LsoaDeprivation => Rows<LsoaDeprivation>();

    /// <summary>ODS organisations (epraccur), GP practices and others.</summary>
    public IReadOnlyList<OdsOrganisation> Organisations => Rows<OdsOrganisation>();

    /// <summary>
    /// Practice workforce snapshots and annual means, all censuses loaded, including those pivoted from
    /// "High level" (long) files.
    /// </summary>
    public IReadOnlyList<WorkforceSnapshot> Workforce => _workforce ??=
        Rows<WorkforceMeasure>() is { Count: > 0 } measures
            ? [.. Rows<WorkforceSnapshot>(), .. WorkforcePivot.ToSnapshots(measures)]
            : Rows<WorkforceSnapshot>();

    /// <summary>GP Patient Survey results, all waves loaded.</summary>
    public IReadOnlyList<SurveyResult> Survey => Rows<SurveyResult>();

    /// <summary>PCN staff records, all censuses loaded.</summary>
    public IReadOnlyList<PcnStaffRecord> PcnStaff => Rows<PcnStaffRecord>();

    /// <summary>One report per file read, in path order.</summary>
    public IReadOnlyList<ReadReport> Reports { get; }

    /// <summary>Files that are not a known publication layout, or could not be opened.</summary>
    public IReadOnlyList<UnreadableFile> Unreadable { get; }

    /// <summary>The records of one publication's type (empty when none were loaded).</summary>
    public IReadOnlyList<T> Rows<T>()
        where T : class =>
        _rows.TryGetValue(typeof(T), out var list) ? (IReadOnlyList<T>)list : [];

    /// <summary>
    /// Reads every <c>.csv</c> and <c>.xlsx</c> file under <paramref name="directory"/>, identifying each
    /// from its header. The folder's <c>manifest.json</c> (written by <c>data fetch</c> and <c>data sample</c>)
    /// supplies the period of files that do not state it. Files that are not publications, or cannot be
    /// read, are listed in <see cref="Unreadable"/> with the reason, not skipped silently.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static NhsData Load(string directory, ReaderOptions? options = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"data folder not found: {directory}");
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var manifest = FetchManifest.Load(directory);
        var results = new (IList? Rows, ReadReport? Report, UnreadableFile? Failure)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try
            {
                var (rows, report) = NhsFile.ReadAny(files[i], WithPeriodFrom(manifest, directory, files[i], options ?? ReaderOptions.Default));
                results[i] = (rows, report, null);
            }
            catch (Exception e) when (e is DataFormatException or IOException or UnauthorizedAccessException)
            {
                results[i] = (null, null, new UnreadableFile(files[i], e.Message));
            }
        });

        return From(results.Where(r => r.Rows is not null).Select(r => (r.Rows!, r.Report!)),
            results.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList());
    }

    /// <summary>The name that stands for the built-in synthetic sample wherever a data folder is asked for.</summary>
    public const string Sample = "sample";

    /// <summary>
    /// Loads a data folder, or, for <see cref="Sample"/> (<c>sample</c>), the built-in synthetic England,
    /// generating it into the cache on first use (see <see cref="SampleCache"/>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static NhsData Open(string source, ReaderOptions? options = null) =>
        Load(string.Equals(source, Sample, StringComparison.OrdinalIgnoreCase) ? SampleCache.Ensure() : source, options);

    /// <summary>Builds a data set from records already in memory (for notebooks and tests).</summary>
    public static NhsData FromRecords(IEnumerable<object> records)
    {
        var rows = new Dictionary<Type, IList>();
        foreach (var record in records)
        {
            ListFor(rows, record.GetType()).Add(record);
        }

        return new NhsData(rows, [], []);
    }

    private static NhsData From(IEnumerable<(IList Rows, ReadReport Report)> files, IReadOnlyList<UnreadableFile> unreadable)
    {
        var rows = new Dictionary<Type, IList>();
        var reports = new List<ReadReport>();
        foreach (var (fileRows, report) in files)
        {
            var list = ListFor(rows, fileRows.GetType().GetGenericArguments()[0]);
            foreach (var row in fileRows)
            {
                list.Add(row);
            }

            reports.Add(report);
        }

        return new NhsData(rows, reports, unreadable);
    }

    // A manifest entry's period is the edition it was fetched or generated as; "current" means the
    // publication has a single edition, so the file needs no period.
    private static ReaderOptions WithPeriodFrom(FetchManifest manifest, string directory, string file, ReaderOptions options)
    {
        var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
        return manifest.Find(relative) is { Period: var period } && period != CataloguePeriod.Current && options.Period is null
            ? options with { Period = period }
            : options;
    }

    // One typed List<T> per record type, so Rows<T>() can hand it out without copying.
    private static IList ListFor(Dictionary<Type, IList> rows, Type type)
    {
        if (!rows.TryGetValue(type, out var list))
        {
            rows[type] = list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        }

        return list;
    }
}
