using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// A script read as C# script (the way <c>.csx</c> is written), split into the parts the class writer
/// places: using directives to hoist, type declarations to nest, directives to reject, and everything
/// else, which stays where it is as the body of the script's method.
/// </summary>
/// <param name="Usings">The using directives (hoisted above the class).</param>
/// <param name="Types">Type declarations (moved into the class: a method body cannot declare them).</param>
/// <param name="Blanked">Spans blanked out of the body: usings, types, and the directives plain C# would reject.</param>
/// <param name="MissingSemicolonAt">Where a final expression left without a semicolon (allowed in scripts) needs one, or -1.</param>
/// <param name="Diagnostics">The directives the DSL forbids (<c>#r</c>, <c>#load</c>, <c>#line</c>, <c>global using</c>), located.</param>
internal sealed record ScriptShape(
    IReadOnlyList<TextSpan> Usings,
    IReadOnlyList<TextSpan> Types,
    IReadOnlyList<TextSpan> Blanked,
    int MissingSemicolonAt,
    IReadOnlyList<ScriptDiagnostic> Diagnostics)
{
    /// <summary>Where the script's first syntax error is, as it reads on its own (line 1 when it has none).</summary>
    public (int Line, int Column) FirstSyntaxError { get; init; } = (1, 1);

    internal static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static ScriptShape Of(ScriptSource source)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text, ScriptOptions, source.Path);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var diagnostics = new List<ScriptDiagnostic>();
        var globals = root.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).ToList();
        foreach (var global in globals)
        {
            // Reported and blanked, never hoisted: hoisted, it would change how every other script binds.
            var start = global.GetLocation().GetLineSpan().StartLinePosition;
            diagnostics.Add(ScriptProblems.GlobalUsing(source.Path, start.Line + 1, start.Character + 1));
        }

        var usings = root.Usings.Except(globals).Select(u => u.Span).ToList();

        var types = root.Members.Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).Select(m => m.Span).ToList();
        var blanked = new List<TextSpan>(usings.Concat(types).Concat(globals.Select(g => g.Span)));

        foreach (var directive in root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => (DirectiveTriviaSyntax)t.GetStructure()!))
        {
            var position = directive.GetLocation().GetLineSpan().StartLinePosition;
            switch (directive)
            {
                case ReferenceDirectiveTriviaSyntax:
                    diagnostics.Add(ScriptProblems.ReferenceDirective(source.Path, position.Line + 1, position.Character + 1));
                    blanked.Add(directive.Span);
                    break;
                case LoadDirectiveTriviaSyntax:
                    diagnostics.Add(ScriptProblems.LoadDirective(source.Path, position.Line + 1, position.Character + 1));
                    blanked.Add(directive.Span);
                    break;
                case LineDirectiveTriviaSyntax or LineSpanDirectiveTriviaSyntax:
                    // Blanked as well as reported, so the only hidden lines left are the wrapper's own.
                    diagnostics.Add(ScriptProblems.LineDirective(source.Path, position.Line + 1, position.Character + 1));
                    blanked.Add(directive.Span);
                    break;
                case ShebangDirectiveTriviaSyntax:
                    blanked.Add(directive.Span);
                    break;
            }
        }

        diagnostics.AddRange(InvisibleCharacters(source));
        var firstError = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)?.Location.GetLineSpan().StartLinePosition;
        return new ScriptShape(usings, types, blanked, FinalExpressionWithoutSemicolon(tree, root), diagnostics)
        {
            FirstSyntaxError = firstError is { } at ? (at.Line + 1, at.Character + 1) : (1, 1),
        };
    }

    /// <summary>The body text: the script with the hoisted and rejected parts replaced by spaces, so every line and column stays put.</summary>
    public string Body(string text)
    {
        var body = text.ToCharArray();
        foreach (var span in Blanked)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (body[i] != '\n')
                {
                    body[i] = ' ';
                }
            }
        }

        var result = new string(body);
        return MissingSemicolonAt >= 0 ? result.Insert(MissingSemicolonAt, ";") : result;
    }

    // Bidirectional overrides and zero-width characters (Unicode format characters) anywhere, comments and strings
    // included: they let a script show a reviewer one thing and compile to another ("Trojan Source", CVE-2021-42574).
    private static IEnumerable<ScriptDiagnostic> InvisibleCharacters(ScriptSource source)
    {
        var (line, column) = (1, 1);
        foreach (var c in source.Text)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                yield return ScriptProblems.Invisible(source.Path, line, column, c);
            }

            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
        }
    }

    private static int FinalExpressionWithoutSemicolon(SyntaxTree tree, CompilationUnitSyntax root)
    {
        if (root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement }
            && !tree.GetDiagnostics(statement).Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            return statement.Expression.Span.End;
        }

        return -1;
    }
}
