using Analysis.Data.Sample;

namespace Analysis.Indicators;

/// <summary>Settings for <see cref="IndicatorCompiler"/>.</summary>
public sealed record IndicatorCompilerOptions
{
    /// <summary>The options used when none are given: the cache under the project's cache root.</summary>
    public static IndicatorCompilerOptions Default { get; } = new();

    /// <summary>
    /// Where compiled scripts are kept between runs, keyed by a hash of their sources and paths and of
    /// the compiler and DSL builds; null compiles every time. Defaults to <c>indicators</c> under
    /// <c>ANALYSIS_CACHE</c> or the user's local application data folder.
    /// </summary>
    public string? CacheDirectory { get; init; } = Path.Combine(SampleCache.DefaultRoot, "indicators");

    /// <summary>How many compiled libraries the cache keeps before the least recently used are removed.</summary>
    public int CacheEntries { get; init; } = 64;
}
