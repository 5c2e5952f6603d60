namespace Analysis.Data.Sample;

/// <summary>What <see cref="SyntheticEngland.Write(string, SampleOptions?)"/> wrote: the folder, the options used and every file.</summary>
/// <param name="Directory">The folder written to (full path).</param>
/// <param name="Options">The options the sample was generated with.</param>
/// <param name="Files">Every file written, in path order.</param>
/// <param name="Elapsed">How long generating and writing took.</param>
public sealed record SampleManifest(string Directory, SampleOptions Options, IReadOnlyList<SampleFile> Files, TimeSpan Elapsed)
{
    /// <summary>The size of all files together in bytes.</summary>
    public long TotalBytes => Files.Sum(f => f.Bytes);

    /// <summary>The number of practices that existed at some point in the span (more than <see cref="SampleOptions.Practices"/>, which counts those open at the end).</summary>
    public int PracticesEver { get; init; }
}
