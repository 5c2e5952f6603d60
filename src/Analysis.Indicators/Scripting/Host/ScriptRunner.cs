using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Loads a compiled library into a collectible context and runs each script's <c>Run()</c> on its own
/// globals instance, collecting the definitions it registers. A script that throws is reported at its
/// own file and line (from the <c>#line</c>-mapped PDB) and the others still run.
/// </summary>
internal static class ScriptRunner
{
    // Not inlined, so no caller frame keeps the context or the assembly reachable once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ScriptRun Run(CompiledLibrary library, IReadOnlyDictionary<string, ScriptSource> sources)
    {
        if (library.Image is null)
        {
            return new ScriptRun([], [], null);
        }

        var definitions = new List<IndicatorDefinition>();
        var diagnostics = new List<ScriptDiagnostic>();
        var context = new ScriptLoadContext();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(library.Image, writable: false));
            foreach (var script in library.Scripts.Where(s => s.TypeName is not null))
            {
                var globals = (IndicatorScript)Activator.CreateInstance(assembly.GetType(script.TypeName!, throwOnError: true)!)!;
                var run = globals.GetType().GetMethod("Run")!.CreateDelegate<Action>(globals);
                try
                {
                    run();
                }
                catch (Exception e)
                {
                    diagnostics.Add(Located(script.Path, e));
                    continue;
                }

                Collect(sources[script.Path], globals.Registered.Select(b => b.Build()).ToList(), definitions, diagnostics);
            }
        }
        finally
        {
            // Unloading is cooperative: the context goes once nothing (such as a closure in a definition) holds it.
            context.Unload();
        }

        return new ScriptRun(definitions, diagnostics, new WeakReference(context));
    }

    private static void Collect(ScriptSource source, List<IndicatorDefinition> registered, List<IndicatorDefinition> definitions, List<ScriptDiagnostic> diagnostics)
    {
        if (registered.Count == 0)
        {
            diagnostics.Add(ScriptProblems.NoIndicator(source.Path));
            return;
        }

        foreach (var extra in registered.Skip(1))
        {
            diagnostics.Add(ScriptProblems.MoreThanOne(source.Path, extra.Source.Line, source.DefinitionColumn(extra.Source.Line), extra.Id, registered[0].Id));
        }

        definitions.AddRange(registered);
    }

    /// <summary>The exception at the innermost frame in the script's own file, else at the script's first line.</summary>
    private static ScriptDiagnostic Located(string path, Exception exception)
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
