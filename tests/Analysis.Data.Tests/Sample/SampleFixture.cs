using Analysis.Data.Sample;
using Analysis.Data.Sample.Model;

namespace Analysis.Data.Tests.Sample;

/// <summary>The default synthetic sample, generated and written once for every test that needs it.</summary>
public sealed class SampleFixture : IDisposable
{
    public SampleFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "analysis-sample-" + Guid.NewGuid().ToString("N"));
        Model = ModelBuilder.Build(SampleOptions.Default);
        Manifest = SyntheticEngland.Write(Directory, Model);
    }

    public string Directory { get; }

    internal SampleModel Model { get; }

    public SampleManifest Manifest { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

/// <summary>Tests sharing one written sample.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleFixture>
{
    public const string Name = "synthetic sample";
}
