using System.Diagnostics;
using System.Security.Cryptography;
using Analysis.Data.Catalogue;
using Analysis.Data.Reading;
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
/// var data = NhsData.Load(manifest.Directory); // the manifest supplies each file's period
/// var panel = Panel.Build(data);
/// </code>
/// </example>
public static class SyntheticEngland
{
    /// <summary>
    /// Generates the sample and writes every file under <paramref name="directory"/> (created if need be),
    /// with a <c>manifest.json</c> recording each file's publication, period, size and SHA-256. Each file is
    /// written to a temporary name and renamed when complete, so no half-written file is left.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable (every problem is listed).</exception>
    public static SampleManifest Write(string directory, SampleOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var clock = Stopwatch.StartNew();
        return Write(directory, ModelBuilder.Build(options ?? SampleOptions.Default), clock);
    }

    internal static SampleManifest Write(string directory, SampleModel model, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        var root = Path.GetFullPath(directory);
        var jobs = Jobs(model).OrderByDescending(j => j.Kind == DatasetKind.WorkforceDetailed).ToArray();
        var files = new SampleFile[jobs.Length];
        var entries = new ManifestEntry[jobs.Length];
        var published = new DateTimeOffset(model.Options.LastYear.LastMonth.LastDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Parallel.For(0, jobs.Length, i =>
        {
            var job = jobs[i];
            var path = Path.Combine(root, job.RelativePath);
            var (rows, bytes) = job.WriteTo(path);
            files[i] = new SampleFile(job.RelativePath, job.Kind, job.Description, rows, bytes, job.Period);
            entries[i] = new ManifestEntry(job.Kind, job.Period ?? CataloguePeriod.Current, job.RelativePath,
                new Uri("https://synthetic-england.invalid/" + job.RelativePath), Sha256(path), bytes, published);
        });

        new FetchManifest(entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList()).Save(root);
        return new SampleManifest(root, model.Options, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), clock.Elapsed)
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

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
