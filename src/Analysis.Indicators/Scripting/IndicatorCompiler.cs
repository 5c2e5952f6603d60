using System.Diagnostics;
using Analysis.Indicators.Scripting;

namespace Analysis.Indicators;

/// <summary>
/// Compiles indicator scripts (<c>.csx</c>, one indicator each) into their definitions: all the scripts of
/// a run in one C# compilation, cached on disk by content hash, run in a collectible load context, and
/// linted; every problem comes back as a <see cref="ScriptDiagnostic"/> located in the original file.
/// </summary>
/// <remarks>
/// The phases, in order: read the sources; look the hash up in the cache; on a miss, shape each script
/// (directives, usings, types), write it as a class, bind, check symbols, emit; load and run; lint.
/// </remarks>
public sealed class IndicatorCompiler
{
    private readonly IndicatorCompilerOptions _options;
    private readonly IReadOnlyList<ISymbolRule> _rules;

    /// <summary>A compiler with the given options (the default cache when none are given), under the sandbox's allow-list.</summary>
    public IndicatorCompiler(IndicatorCompilerOptions? options = null)
        : this(options ?? IndicatorCompilerOptions.Default, ScriptSandbox.Rules)
    {
    }

    internal IndicatorCompiler(IndicatorCompilerOptions options, IReadOnlyList<ISymbolRule> rules)
    {
        _options = options;
        _rules = rules;
    }

    /// <summary>Compiles the scripts the paths name: files, or folders searched recursively for <c>*.csx</c>.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public CompileResult Compile(IEnumerable<string> paths)
    {
        var started = Stopwatch.GetTimestamp();
        using var prepared = Prepare(paths);
        if (prepared.Paths.Count == 0)
        {
            return new CompileResult([], [], 0, prepared.Timings);
        }

        var compiled = Stopwatch.GetTimestamp();
        var run = ScriptRunner.RunAll(prepared.Library, prepared.Sources);
        var ran = Stopwatch.GetTimestamp();

        var diagnostics = prepared.Diagnostics
            .Concat(run.Diagnostics)
            .Concat(IndicatorLint.Check(run.Definitions).Select(f => PreparedScripts.Located(f, prepared.Sources)))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        var timings = prepared.Timings with
        {
            Compile = Stopwatch.GetElapsedTime(started, compiled),
            Run = Stopwatch.GetElapsedTime(compiled, ran),
            Total = Stopwatch.GetElapsedTime(started),
        };
        return new CompileResult(run.Definitions, diagnostics, prepared.Paths.Count, timings) { LoadContext = run.LoadContext };
    }

    /// <summary>
    /// Compiles and checks the scripts without running any of them (no script code runs in this process);
    /// <see cref="PreparedScripts.Run"/> then runs them one at a time.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public PreparedScripts Prepare(IEnumerable<string> paths)
    {
        var started = Stopwatch.GetTimestamp();
        var sources = ScriptSource.Find(paths);
        if (sources.Count == 0)
        {
            return new PreparedScripts([], new CompiledLibrary([], [], null), new CompileTimings(false, 0, TimeSpan.Zero, TimeSpan.Zero, Stopwatch.GetElapsedTime(started)));
        }

        var key = CompileCache.Key(sources, _rules);
        var cache = _options.CacheDirectory is { } folder ? new CompileCache(folder, _options.CacheEntries) : null;
        var library = cache?.TryLoad(key);
        var fromCache = library is not null;
        var compilations = 0;
        if (library is null)
        {
            (library, compilations) = ScriptCompilation.Compile(sources, _rules, "IndicatorScripts." + key[..16]);
            cache?.Store(key, library);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new PreparedScripts(sources, library, new CompileTimings(fromCache, compilations, elapsed, TimeSpan.Zero, elapsed));
    }
}
