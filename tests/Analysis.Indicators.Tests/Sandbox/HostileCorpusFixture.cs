namespace Analysis.Indicators.Tests.Sandbox;

/// <summary>The whole hostile corpus compiled and checked once (prepared, never run: some of it never ends).</summary>
public sealed class HostileCorpusFixture : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("hostile-corpus-cache-").FullName;

    public HostileCorpusFixture() =>
        Prepared = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _cache }).Prepare([CorpusCase.Folder]);

    public PreparedScripts Prepared { get; }

    public void Dispose()
    {
        Prepared.Dispose();
        Directory.Delete(_cache, recursive: true);
    }
}
