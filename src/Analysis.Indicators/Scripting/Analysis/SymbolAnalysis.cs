using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Runs the symbol rules over the bound scripts: every name, member access and object creation in the
/// lines that came from a script (the generated wrapper is skipped), located in the original file.
/// </summary>
internal static class SymbolAnalysis
{
    public static IReadOnlyList<(SyntaxTree Tree, ScriptDiagnostic Diagnostic)> Check(
        Compilation compilation, IEnumerable<SyntaxTree> scriptTrees, IReadOnlyList<ISymbolRule> rules)
    {
        var found = new List<(SyntaxTree, ScriptDiagnostic)>();
        if (rules.Count == 0)
        {
            return found;
        }

        foreach (var tree in scriptTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is SimpleNameSyntax or BaseObjectCreationExpressionSyntax))
            {
                var span = node.GetLocation().GetMappedLineSpan();
                if (!span.HasMappedPath || IsHidden(node.GetLocation()) || model.GetSymbolInfo(node).Symbol is not { } symbol)
                {
                    continue;
                }

                foreach (var rule in rules)
                {
                    if (rule.Check(symbol) is var (id, message))
                    {
                        var at = span.StartLinePosition;
                        found.Add((tree, new ScriptDiagnostic(span.Path, at.Line + 1, at.Character + 1, id, DiagnosticSeverity.Error, message)));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// True in the generated wrapper (<c>#line hidden</c>); the mapped span alone does not tell, since hidden
    /// lines keep counting on from the last mapped file.
    /// </summary>
    public static bool IsHidden(Location location) =>
        location.SourceTree?.GetLineVisibility(location.SourceSpan.Start) == LineVisibility.Hidden;
}
