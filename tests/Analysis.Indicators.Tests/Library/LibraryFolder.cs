using Analysis.Testing;

namespace Analysis.Indicators.Tests.Library;

/// <summary>The repository's indicator library (indicators/), compiled once for every test that needs it.</summary>
public sealed class LibraryFolder : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("indicator-library-cache-").FullName;

    public LibraryFolder() =>
        Result = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _cache }).Compile([Path]);

    /// <summary>The library folder at the repository root.</summary>
    public static string Path { get; } = System.IO.Path.Combine(SharedData.RepoRoot, "indicators");

    /// <summary>The library as the compiler sees it.</summary>
    public CompileResult Result { get; }

    /// <summary>Every definition, in id order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators => [.. Result.Indicators.OrderBy(d => d.Id, StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
