using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Runs the symbol rules over the bound scripts: every symbol the script's own lines use (see
/// <see cref="SymbolUses"/>), split into its parts (a constructed generic into its definition and type
/// arguments, a member into itself and its type), and every syntax node, located in the original file.
/// </summary>
/// <remarks>
/// Symbols a script declares itself (its locals, lambdas, nested types) are its own and are not asked about,
/// but the types they are made of are. A symbol declared by another script of the same compilation is
/// reported here (IND119): scripts compile together, and one must not reach into another.
/// </remarks>
internal static class SymbolAnalysis
{
    public static IReadOnlyList<(SyntaxTree Tree, ScriptDiagnostic Diagnostic)> Check(
        Compilation compilation, IEnumerable<SyntaxTree> scriptTrees, IReadOnlyList<ISymbolRule> rules)
    {
        if (rules.Count == 0)
        {
            return [];
        }

        // Each script is checked on its own semantic model, so the scripts are checked in parallel (Roslyn's models
        // are thread-safe); the findings are gathered in the scripts' order, as before.
        var scripts = scriptTrees.ToList();
        var members = scripts.ToHashSet();
        var findings = new IReadOnlyList<(SyntaxTree, ScriptDiagnostic)>[scripts.Count];
        Parallel.For(0, scripts.Count, i => findings[i] = CheckTree(compilation, scripts[i], members, rules));
        return [.. findings.SelectMany(f => f)];
    }

    private static IReadOnlyList<(SyntaxTree, ScriptDiagnostic)> CheckTree(
        Compilation compilation, SyntaxTree tree, HashSet<SyntaxTree> scripts, IReadOnlyList<ISymbolRule> rules)
    {
        var model = compilation.GetSemanticModel(tree);
        // One finding per line and message, at its leftmost use: System.IO.File.ReadAllText names File once.
        var seen = new Dictionary<(int Line, string Id, string Message), ScriptDiagnostic>();
        void Report(SyntaxNode at, string id, string message, Location? location = null)
        {
            var span = (location ?? Anchor(at).GetLocation()).GetMappedLineSpan();
            var (line, column) = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
            if (!seen.TryGetValue((line, id, message), out var earlier) || column < earlier.Column)
            {
                seen[(line, id, message)] = new ScriptDiagnostic(span.Path, line, column, id, DiagnosticSeverity.Error, message);
            }
        }

        var nodes = tree.GetRoot().DescendantNodesAndSelf().Where(IsScriptCode).ToList();
        foreach (var (symbol, at) in Uses(nodes, model))
        {
            foreach (var part in Parts(symbol))
            {
                if (Declaration(part) is { } declaredIn)
                {
                    if (declaredIn != tree && scripts.Contains(declaredIn))
                    {
                        Report(at, "IND119", $"{Display(part)} belongs to another script: each indicator script stands alone");
                    }

                    continue;
                }

                foreach (var rule in rules)
                {
                    if (rule.Check(part) is var (id, message))
                    {
                        Report(at, id, message);
                    }
                }
            }
        }

        foreach (var node in nodes)
        {
            foreach (var rule in rules)
            {
                foreach (var (id, message, at) in rule.CheckNode(node, model))
                {
                    Report(node, id, message, at);
                }
            }
        }

        return [.. seen.Values.Select(d => (tree, d))];
    }

    /// <summary>
    /// True in the generated wrapper (<c>#line hidden</c>); the mapped span alone does not tell, since hidden
    /// lines keep counting on from the last mapped file. Scripts cannot write <c>#line</c> themselves (IND123).
    /// </summary>
    public static bool IsHidden(Location location) =>
        location.SourceTree?.GetLineVisibility(location.SourceSpan.Start) == LineVisibility.Hidden;

    /// <summary>How a symbol is named in a diagnostic: fully qualified, as the C# compiler names it in its own messages.</summary>
    public static string Display(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>Where a finding about a node is shown: at the name a member access or call ends in (<c>Directory</c> in <c>System.IO.Directory.X()</c>).</summary>
    private static SyntaxNode Anchor(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        InvocationExpressionSyntax invocation => Anchor(invocation.Expression),
        _ => node,
    };

    private static bool IsScriptCode(SyntaxNode node) =>
        node.GetLocation().GetMappedLineSpan().HasMappedPath && !IsHidden(node.GetLocation());

    private static IEnumerable<(ISymbol Symbol, SyntaxNode At)> Uses(IReadOnlyList<SyntaxNode> nodes, SemanticModel model)
    {
        var roots = new HashSet<IOperation>();
        var coveredUntil = -1;
        foreach (var node in nodes)
        {
            foreach (var symbol in SymbolUses.OfNode(node, model))
            {
                if (symbol is not null)
                {
                    yield return (symbol, node);
                }
            }

            // The operations bound for the whole member: implicit ones (conversions, handler calls) have no node of
            // their own. One root per member is enough, so the nodes inside a root already found are not asked again.
            if (node.Span.End <= coveredUntil || model.GetOperation(node) is not { } operation)
            {
                continue;
            }

            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            roots.Add(operation);
            coveredUntil = Math.Max(coveredUntil, operation.Syntax.Span.End);
        }

        foreach (var operation in roots.SelectMany(r => r.DescendantsAndSelf()).Where(o => IsScriptCode(o.Syntax)))
        {
            foreach (var symbol in SymbolUses.OfOperation(operation))
            {
                if (symbol is not null)
                {
                    yield return (symbol, operation.Syntax);
                }
            }
        }
    }

    /// <summary>The parts a rule decides on: definitions, never constructed generics, and every type argument on its own.</summary>
    private static IEnumerable<ISymbol> Parts(ISymbol symbol) => symbol switch
    {
        IErrorTypeSymbol => [], // the compiler reports it
        IAliasSymbol alias => Parts(alias.Target),
        IArrayTypeSymbol array => Parts(array.ElementType),
        IPointerTypeSymbol pointer => Parts(pointer.PointedAtType).Prepend(pointer),
        INamedTypeSymbol type => Generic(type.OriginalDefinition, type.TypeArguments, type.ContainingType),
        IMethodSymbol method => Generic((method.ReducedFrom ?? method).OriginalDefinition, method.TypeArguments, method.ContainingType),
        IPropertySymbol or IFieldSymbol or IEventSymbol => Generic(symbol.OriginalDefinition, [], symbol.ContainingType),
        ILocalSymbol local => Parts(local.Type),
        IParameterSymbol parameter => Parts(parameter.Type),
        IDiscardSymbol discard => Parts(discard.Type),
        INamespaceSymbol or ITypeParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IPreprocessingSymbol => [],
        _ => [symbol], // dynamic, function pointers, and anything new: the rules decide
    };

    private static IEnumerable<ISymbol> Generic(ISymbol definition, IEnumerable<ITypeSymbol> arguments, INamedTypeSymbol? container)
    {
        yield return definition;
        foreach (var part in arguments.SelectMany(Parts))
        {
            yield return part;
        }

        if (container is { IsGenericType: true })
        {
            foreach (var part in container.TypeArguments.SelectMany(Parts))
            {
                yield return part;
            }
        }
    }

    /// <summary>The tree a symbol is declared in, or null for a symbol from a referenced assembly.</summary>
    private static SyntaxTree? Declaration(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
}
