using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Loads a compiled library into a collectible context and runs each script's <c>Run()</c>, when asked, on its
/// own globals instance, collecting the definitions it registers. A script that throws is reported at its own
/// file and line (from the <c>#line</c>-mapped PDB); nothing a script does escapes as an exception.
/// </summary>
internal sealed class ScriptRunner : IDisposable
{
    private ScriptLoadContext? _context;
    private Assembly? _assembly;

    private ScriptRunner(ScriptLoadContext? context, Assembly? assembly)
    {
        _context = context;
        _assembly = assembly;
        LoadContext = context is null ? null : new WeakReference(context);
    }

    /// <summary>The context the scripts run in (null when nothing was loaded); collected once unloaded and unreferenced.</summary>
    public WeakReference? LoadContext { get; }

    // Not inlined, so no caller frame keeps the context or the assembly reachable once it is unloaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ScriptRunner Load(CompiledLibrary library)
    {
        if (library.Image is null)
        {
            return new ScriptRunner(null, null);
        }

        var context = new ScriptLoadContext();
        return new ScriptRunner(context, context.LoadFromStream(new MemoryStream(library.Image, writable: false)));
    }

    /// <summary>Runs every script that compiled, in order, and unloads (see <see cref="ScriptRun"/>).</summary>
    public static ScriptRun RunAll(CompiledLibrary library, IReadOnlyDictionary<string, ScriptSource> sources)
    {
        using var runner = Load(library);
        var definitions = new List<IndicatorDefinition>();
        var diagnostics = new List<ScriptDiagnostic>();
        foreach (var script in library.Scripts)
        {
            var (registered, problems) = runner.Run(script, sources[script.Path]);
            definitions.AddRange(registered);
            diagnostics.AddRange(problems);
        }

        return new ScriptRun(definitions, diagnostics, runner.LoadContext);
    }

    /// <summary>Runs one script (nothing when it did not compile): its definitions, or none and the reason.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public (IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<ScriptDiagnostic> Diagnostics) Run(CompiledScript script, ScriptSource source)
    {
        if (script.TypeName is null || _assembly is null)
        {
            return ([], []);
        }

        List<IndicatorDefinition> registered;
        try
        {
            var globals = (IndicatorScript)Activator.CreateInstance(_assembly.GetType(script.TypeName, throwOnError: true)!)!;
            globals.GetType().GetMethod("Run")!.CreateDelegate<Action>(globals)();
            registered = [.. globals.Registered.Select(b => b.Build())];
        }
        catch (Exception e)
        {
            return ([], [Located(script.Path, e)]);
        }

        if (registered.Count == 0)
        {
            return ([], [ScriptProblems.NoIndicator(source.Path)]);
        }

        var extra = registered.Skip(1).Select(d => ScriptProblems.MoreThanOne(source.Path, d.Source.Line, source.DefinitionColumn(d.Source.Line), d.Id, registered[0].Id));
        return (registered, [.. extra]);
    }

    /// <summary>Asks the context to unload: it goes once nothing (such as a closure in a definition) holds it.</summary>
    public void Dispose()
    {
        _context?.Unload();
        _context = null;
        _assembly = null;
    }

    /// <summary>The exception at the innermost frame in the script's own file, else at the script's first line.</summary>
    public static ScriptDiagnostic Located(string path, Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => string.Equals(f.GetFileName(), path, StringComparison.Ordinal));
            if (frame is not null)
            {
                return ScriptProblems.Threw(path, frame.GetFileLineNumber(), Math.Max(frame.GetFileColumnNumber(), 1), e);
            }
        }

        return ScriptProblems.Threw(path, 1, 1, exception);
    }
}
