using System.Diagnostics;
using Analysis.Data.Sample.Model;
using Analysis.Data.Sample.Writers;

namespace Analysis.Data.Sample;

/// <summary>
/// The built-in synthetic England: a seeded, deterministic sample of about 6,300 practices in the real
/// region, ICB and sub-ICB structure, calibrated to the published files, written in the publications'
/// own layouts so the same readers read it. Practice codes are <c>X</c> and five digits, which no real
/// practice code is; PCN codes are <c>UX</c> and four digits; names end "(SYNTHETIC)".
/// </summary>
/// <example>
/// <code>
/// var manifest = SyntheticEngland.Write("out/sample", new SampleOptions { Seed = 7 });
/// var data = NhsData.Load(manifest.Directory);
/// </code>
/// </example>
public static class SyntheticEngland
{
    /// <summary>
    /// Generates the sample and writes every file under <paramref name="directory"/> (created if need be).
    /// Each file is written to a temporary name and renamed when complete, so no half-written file is left.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable (every problem is listed).</exception>
    public static SampleManifest Write(string directory, SampleOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= SampleOptions.Default;
        var clock = Stopwatch.StartNew();
        var model = ModelBuilder.Build(options);
        var root = Path.GetFullPath(directory);
        var jobs = Jobs(model).ToArray();
        var files = new SampleFile[jobs.Length];
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var job = jobs[i];
            var (rows, bytes) = AtomicFile.Write(Path.Combine(root, job.RelativePath), job);
            files[i] = new SampleFile(job.RelativePath, job.Kind, job.Description, rows, bytes, job.Period);
        });

        return new SampleManifest(root, options, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), clock.Elapsed)
        {
            PracticesEver = model.Practices.Count,
        };
    }

    internal static IEnumerable<SampleFileJob> Jobs(SampleModel model) =>
        WorkforceWriter.Jobs(model)
            .Concat(PaymentsWriter.Jobs(model))
            .Concat(QofWriter.Jobs(model))
            .Concat(RegistrationsWriter.Jobs(model))
            .Concat(DeprivationWriter.Jobs(model))
            .Concat(OdsWriter.Jobs(model))
            .Concat(SurveyWriter.Jobs(model));
}
