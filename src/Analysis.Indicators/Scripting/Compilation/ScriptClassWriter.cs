using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Turns a script into a plain C# class deriving from the script globals, so that every script of a run
/// compiles in one compilation: the script's statements become the body of <c>Run()</c>, its usings are
/// hoisted and its types nested, each under a <c>#line</c> directive naming the original file and line,
/// so diagnostics, caller-info attributes and stack traces all point at the <c>.csx</c>.
/// </summary>
/// <remarks>
/// The body is copied verbatim with the hoisted parts blanked, so columns match as well as lines. The
/// wrapper itself is under <c>#line hidden</c>.
/// </remarks>
internal static class ScriptClassWriter
{
    public const string Namespace = "IndicatorScripts";

    /// <summary>The imports every script has without writing them.</summary>
    public const string DefaultImports = """
        global using System;
        global using System.Linq;
        global using static System.Math;
        global using Analysis.Indicators;
        global using Analysis.Data.Panels;
        """;

    /// <summary>Bumped whenever the generated code changes shape, so cached assemblies from older writers are not reused.</summary>
    public const int Version = 2;

    public static string ClassName(int index, string path)
    {
        var stem = new string(System.IO.Path.GetFileNameWithoutExtension(path).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"S{index:D3}_{stem}");
    }

    public static string Write(ScriptSource source, ScriptShape shape, string className)
    {
        var file = source.Path.Replace('"', '\'');
        var code = new StringBuilder();
        foreach (var span in shape.Usings)
        {
            Mapped(code, source.Text, span, file);
        }

        code.Append(CultureInfo.InvariantCulture, $$"""
            #line hidden
            namespace {{Namespace}}
            {
            public sealed class {{className}} : global::Analysis.Indicators.IndicatorScript
            {
            public void Run()
            {
            #line 1 "{{file}}"

            """);
        code.Append(shape.Body(source.Text));
        code.Append("\n#line hidden\n}\n");
        foreach (var span in shape.Types)
        {
            Mapped(code, source.Text, span, file);
        }

        code.Append("#line hidden\n}\n}\n");
        return code.ToString();
    }

    /// <summary>
    /// True when the parsed class is the one written: one namespace holding one class, whose <c>Run()</c> and
    /// whose own body end at the wrapper's braces (the ones after <c>#line hidden</c>). False when a script's
    /// unbalanced braces closed them early, so that its code would stand outside the class: such a tree is
    /// never compiled with the others.
    /// </summary>
    public static bool Intact(SyntaxTree tree, string className)
    {
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [BaseNamespaceDeclarationSyntax { Members: [ClassDeclarationSyntax type] }] }
            || type.Identifier.ValueText != className)
        {
            return false;
        }

        var run = type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "Run");
        return run?.Body is { } body
            && ClosedByWrapper(body.CloseBraceToken)
            && ClosedByWrapper(type.CloseBraceToken)
            && type.Members.All(m => m == run || m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);
    }

    // Scripts cannot write #line (IND123, blanked), so a brace after one is the wrapper's.
    private static bool ClosedByWrapper(SyntaxToken brace) =>
        !brace.IsMissing && brace.LeadingTrivia.Any(t => t.IsKind(SyntaxKind.LineDirectiveTrivia));

    private static void Mapped(StringBuilder code, string text, TextSpan span, string file)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        code.Append(CultureInfo.InvariantCulture, $"#line {line} \"{file}\"\n");
        code.Append(' ', span.Start - lineStart).Append(text, span.Start, span.Length).Append('\n');
    }
}
