namespace Analysis.Indicators;

/// <summary>
/// Where a compile's time went, and whether the C# compiler ran at all or the assembly came from the
/// on-disk cache.
/// </summary>
/// <param name="FromCache">True when the compiled scripts were loaded from the cache and Roslyn did not run.</param>
/// <param name="RoslynCompilations">How many Roslyn compilations ran (0 on a cache hit; 2 when scripts with errors were left out and the rest compiled again).</param>
/// <param name="Compile">Reading, hashing, and compiling or loading from the cache.</param>
/// <param name="Run">Running the scripts to collect their definitions.</param>
/// <param name="Total">Everything, including the lint.</param>
public sealed record CompileTimings(bool FromCache, int RoslynCompilations, TimeSpan Compile, TimeSpan Run, TimeSpan Total);
