using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Compiles every script of a run in ONE Roslyn compilation (one class per script) and emits one
/// assembly with an embedded portable PDB, so stack traces carry the scripts' lines. Scripts with errors
/// are left out of the assembly, so the others still give their definitions.
/// </summary>
internal static class ScriptCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Debug, // scripts only register builders; Debug keeps every frame and line in stack traces
            nullableContextOptions: NullableContextOptions.Disable, // rows are read as p.Workforce.QualifiedGpFte; the engine handles absent datasets
            deterministic: true)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // Assembly-unification notices (dotnet/roslyn#5501, cake#3337): we reference one consistent framework.
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
            ["CS1705"] = ReportDiagnostic.Suppress,
        });

    private static readonly EmitOptions EmbeddedPdb = new(debugInformationFormat: DebugInformationFormat.Embedded);

    /// <summary>Compiles the scripts; returns the library and how many Roslyn compilations it took (1, or 2 when some scripts failed).</summary>
    public static (CompiledLibrary Library, int Compilations) Compile(IReadOnlyList<ScriptSource> sources, IReadOnlyList<ISymbolRule> rules, string assemblyName)
    {
        var diagnostics = new List<ScriptDiagnostic>();
        var failed = new HashSet<SyntaxTree>();
        var outside = new HashSet<SyntaxTree>();
        var scripts = new List<(ScriptSource Source, string ClassName, SyntaxTree Tree)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var shape = ScriptShape.Of(sources[i]);
            var className = ScriptClassWriter.ClassName(i, sources[i].Path);
            var tree = Parse(ScriptClassWriter.Write(sources[i], shape, className), className + ".g.cs");
            scripts.Add((sources[i], className, tree));
            diagnostics.AddRange(shape.Diagnostics);
            if (!ScriptClassWriter.Intact(tree, className))
            {
                // Kept out of the compilation, where its stray members could break or reach the other scripts.
                var syntax = tree.GetDiagnostics().Where(d => d.Severity == RoslynSeverity.Error).Select(d => Map(d, new Dictionary<SyntaxTree, ScriptSource> { [tree] = sources[i] })).ToList();
                diagnostics.AddRange(syntax.Count > 0 ? syntax : [ScriptProblems.BodyEscape(sources[i].Path, shape.FirstSyntaxError.Line, shape.FirstSyntaxError.Column)]);
                outside.Add(tree);
                failed.Add(tree);
            }
            else if (shape.Diagnostics.Any(d => d.IsError))
            {
                failed.Add(tree);
            }
        }

        var byTree = scripts.ToDictionary(s => s.Tree, s => s.Source);
        var trees = scripts.Select(s => s.Tree).Where(t => !outside.Contains(t)).Prepend(Parse(ScriptClassWriter.DefaultImports, "Imports.g.cs"));
        var compilation = CSharpCompilation.Create(assemblyName, trees, ScriptReferences.Get(), Options);

        foreach (var (tree, diagnostic) in SymbolAnalysis.Check(compilation, byTree.Keys.Where(t => !outside.Contains(t)), rules))
        {
            diagnostics.Add(diagnostic);
            failed.Add(tree);
        }

        var compilations = 1;
        var (image, emitted) = TryEmit(compilation);
        foreach (var d in emitted.Where(Reportable))
        {
            var mapped = Map(d, byTree);
            diagnostics.Add(mapped);
            if (mapped.IsError && d.Location.SourceTree is { } tree && byTree.ContainsKey(tree))
            {
                failed.Add(tree);
            }
        }

        if (failed.Count > 0 && failed.Count < scripts.Count && failed.Except(outside).Any())
        {
            // Scripts do not refer to each other (IND119), so leaving the broken ones out cannot break the rest.
            compilations++;
            (image, emitted) = TryEmit(compilation.RemoveSyntaxTrees(failed.Except(outside)));
            var known = diagnostics.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
            diagnostics.AddRange(emitted.Where(d => d.Severity == RoslynSeverity.Error).Select(d => Map(d, byTree)).Where(d => known.Add(d.ToString())));
        }
        else if (failed.Count == scripts.Count)
        {
            image = null;
        }

        var compiled = scripts.Select(s => new CompiledScript(s.Source.Path, image is null || failed.Contains(s.Tree) ? null : $"{ScriptClassWriter.Namespace}.{s.ClassName}"));
        return (new CompiledLibrary([.. compiled], diagnostics, image), compilations);
    }

    private static SyntaxTree Parse(string code, string path) =>
        CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), ParseOptions, path); // an encoding is required to emit debug information (CS8055)

    private static (byte[]? Image, IReadOnlyList<Diagnostic> Diagnostics) TryEmit(CSharpCompilation compilation)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe, options: EmbeddedPdb);
        return (result.Success ? pe.ToArray() : null, result.Diagnostics);
    }

    private static bool Reportable(Diagnostic d) =>
        !d.IsSuppressed && d.Severity is RoslynSeverity.Error or RoslynSeverity.Warning;

    /// <summary>A Roslyn diagnostic at its original file, line and column, through the <c>#line</c> directives.</summary>
    private static ScriptDiagnostic Map(Diagnostic d, IReadOnlyDictionary<SyntaxTree, ScriptSource> byTree)
    {
        var severity = d.Severity == RoslynSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        if (d.Location.IsInSource)
        {
            var span = d.Location.GetMappedLineSpan();
            if (span.HasMappedPath && !SymbolAnalysis.IsHidden(d.Location))
            {
                return new ScriptDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.Id, severity, message);
            }

            if (d.Location.SourceTree is { } tree && byTree.TryGetValue(tree, out var source))
            {
                // In the hidden wrapper, which follows the body: typically an unclosed brace, best shown at the script's end.
                var lines = source.Text.TrimEnd('\n').Split('\n');
                return new ScriptDiagnostic(source.Path, lines.Length, lines[^1].Length + 1, d.Id, severity, message);
            }
        }

        return new ScriptDiagnostic("(compilation)", 1, 1, d.Id, severity, message);
    }
}
