using Analysis.Indicators.Scripting;

namespace Analysis.Indicators;

/// <summary>
/// Indicator scripts compiled (and checked against the sandbox) but not yet run: each runs when asked, one at
/// a time, so a process evaluating untrusted scripts can say which one it is on before it starts it.
/// </summary>
/// <remarks>Dispose to unload the scripts' assembly once their definitions are no longer needed.</remarks>
public sealed class PreparedScripts : IDisposable
{
    private readonly Dictionary<string, ScriptSource> _sources;
    private readonly Dictionary<string, CompiledScript> _scripts;
    private readonly CompiledLibrary _library;
    private ScriptRunner? _runner;

    internal PreparedScripts(IReadOnlyList<ScriptSource> sources, CompiledLibrary library, CompileTimings timings)
    {
        _sources = sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        _scripts = library.Scripts.ToDictionary(s => s.Path, StringComparer.Ordinal);
        _library = library;
        Paths = [.. sources.Select(s => s.Path)];
        Diagnostics = [.. library.Diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
        Timings = timings;
    }

    /// <summary>The script files, in the order they were found.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Every problem found before running: the C# compiler's and the sandbox's, ordered by file, line and column.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>Where compiling went (its <see cref="CompileTimings.Run"/> is zero: nothing has run).</summary>
    public CompileTimings Timings { get; }

    internal CompiledLibrary Library => _library;

    internal IReadOnlyDictionary<string, ScriptSource> Sources => _sources;

    /// <summary>True when the script compiled cleanly and so can run.</summary>
    public bool CanRun(string path) => _scripts.TryGetValue(path, out var script) && script.TypeName is not null;

    /// <summary>
    /// Runs one script and lints what it defined: its compile diagnostics, then its failure or its definitions
    /// with their lint findings. Never throws for anything the script does.
    /// </summary>
    /// <exception cref="ArgumentException">The path is not one of <see cref="Paths"/>.</exception>
    public CompileResult Run(string path)
    {
        if (!_sources.ContainsKey(path))
        {
            throw new ArgumentException($"'{path}' is not one of the prepared scripts", nameof(path));
        }

        var (definitions, problems) = RunUnlinted(path);
        var diagnostics = Diagnostics.Where(d => d.Path == path)
            .Concat(problems)
            .Concat(IndicatorLint.Check(definitions).Select(f => Located(f, _sources)))
            .OrderBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new CompileResult(definitions, diagnostics, 1, Timings);
    }

    /// <summary>
    /// A failure while the script's definitions were evaluated (by the engine, after <see cref="Run"/>), located at
    /// the innermost frame in the script's own file, else at its first line.
    /// </summary>
    public static ScriptDiagnostic Failure(string path, Exception exception) => ScriptRunner.Located(path, exception);

    /// <summary>Unloads the scripts' assembly (it goes once no definition's closure holds it).</summary>
    public void Dispose() => _runner?.Dispose();

    internal (IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<ScriptDiagnostic> Diagnostics) RunUnlinted(string path)
    {
        _runner ??= ScriptRunner.Load(_library);
        return _runner.Run(_scripts[path], _sources[path]);
    }

    internal WeakReference? LoadContext => _runner?.LoadContext;

    /// <summary>A lint finding at its definition's <c>Indicator(...)</c> call.</summary>
    internal static ScriptDiagnostic Located(LintFinding finding, IReadOnlyDictionary<string, ScriptSource> sources)
    {
        var (path, line) = (finding.Source.Path, finding.Source.Line);
        var column = sources.TryGetValue(path, out var source) ? source.DefinitionColumn(line) : 1;
        return new ScriptDiagnostic(path, line, column, finding.Id, finding.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, finding.Message);
    }
}
