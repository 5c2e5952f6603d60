using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Every symbol a piece of script code uses, explicitly or not: what a name binds to, the type and converted
/// type of each expression, and the members the compiler calls on the script's behalf (a <c>foreach</c>'s
/// enumerator, a query clause's <c>Select</c>, a deconstruction's <c>Deconstruct</c>, a user-defined conversion,
/// an interpolated-string handler), read from both the syntax and the bound operations.
/// </summary>
internal static class SymbolUses
{
    /// <summary>The symbols one syntax node binds to or declares.</summary>
    public static IEnumerable<ISymbol?> OfNode(SyntaxNode node, SemanticModel model)
    {
        var info = model.GetSymbolInfo(node);
        yield return info.Symbol;
        if (info.Symbol is null && info.CandidateReason == CandidateReason.MemberGroup)
        {
            // nameof(File.ReadAllText) and method groups bind to candidates only.
            foreach (var candidate in info.CandidateSymbols)
            {
                yield return candidate;
            }
        }

        yield return model.GetDeclaredSymbol(node);
        if (node is ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression);
            var conversion = model.GetConversion(expression);
            yield return type.Type;
            yield return conversion.IsInterpolatedStringHandler ? null : type.ConvertedType; // the compiler's own handler (see IsCompilerPlumbing)
            yield return conversion.MethodSymbol;
            if (node.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.CollectionInitializerExpression))
            {
                yield return model.GetCollectionInitializerSymbolInfo(expression).Symbol;
            }
        }

        foreach (var symbol in Implicit(node, model))
        {
            yield return symbol;
        }
    }

    /// <summary>The symbols one bound operation uses (its type, and the method, member or operator behind it).</summary>
    public static IEnumerable<ISymbol?> OfOperation(IOperation operation)
    {
        if (IsCompilerPlumbing(operation))
        {
            yield break;
        }

        yield return operation.Type;
        yield return operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMemberReferenceOperation member => member.Member,
            IConversionOperation conversion => conversion.OperatorMethod,
            IBinaryOperation binary => binary.OperatorMethod,
            IUnaryOperation unary => unary.OperatorMethod,
            IIncrementOrDecrementOperation step => step.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            ICollectionExpressionOperation collection => collection.ConstructMethod,
            ITypeOfOperation typeOf => typeOf.TypeOperand,
            ISizeOfOperation sizeOf => sizeOf.TypeOperand,
            IDeclarationPatternOperation declaration => declaration.MatchedType,
            ITypePatternOperation pattern => pattern.MatchedType,
            IRecursivePatternOperation recursive => recursive.MatchedType,
            _ => null,
        };

        switch (operation)
        {
            case IImplicitIndexerReferenceOperation indexer:
                yield return indexer.IndexerSymbol;
                yield return indexer.LengthSymbol;
                break;
            case IRecursivePatternOperation recursive:
                yield return recursive.DeconstructSymbol;
                break;
        }
    }

    /// <summary>
    /// True for what the compiler builds on its own: the interpolated-string handler for <c>$"..."</c> (its
    /// construction and appends), and the span a <c>params ReadOnlySpan&lt;T&gt;</c> overload is handed
    /// (<c>string.Join(", ", a, b, c)</c>). Neither type is on the allow-list: written by hand, a copied handler
    /// could hand its pooled buffer back twice, and a span is raw memory. The values passed in are not plumbing
    /// and are checked.
    /// </summary>
    private static bool IsCompilerPlumbing(IOperation operation)
    {
        if (operation is IInterpolatedStringHandlerCreationOperation
            || operation is { IsImplicit: true, Parent: IArgumentOperation { ArgumentKind: ArgumentKind.ParamCollection or ArgumentKind.ParamArray } })
        {
            return true;
        }

        for (var parent = operation.Parent; operation.IsImplicit && parent is not null; parent = parent.Parent)
        {
            if (parent is IInterpolatedStringHandlerCreationOperation)
            {
                return true;
            }
        }

        return false;
    }

    // Members the compiler calls for a statement or clause, which no name in the source binds to.
    private static IEnumerable<ISymbol?> Implicit(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case CommonForEachStatementSyntax loop:
                var each = model.GetForEachStatementInfo(loop);
                yield return each.GetEnumeratorMethod;
                yield return each.MoveNextMethod;
                yield return each.CurrentProperty;
                yield return each.DisposeMethod;
                yield return each.ElementType;
                if (loop is ForEachVariableStatementSyntax variables)
                {
                    foreach (var method in Deconstructs(model.GetDeconstructionInfo(variables)))
                    {
                        yield return method;
                    }
                }

                break;
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } assignment:
                foreach (var method in Deconstructs(model.GetDeconstructionInfo(assignment)))
                {
                    yield return method;
                }

                break;
            case QueryClauseSyntax clause:
                var query = model.GetQueryClauseInfo(clause);
                yield return query.CastInfo.Symbol;
                yield return query.OperationInfo.Symbol;
                break;
            case AwaitExpressionSyntax awaited:
                var await = model.GetAwaitExpressionInfo(awaited);
                yield return await.GetAwaiterMethod;
                yield return await.IsCompletedProperty;
                yield return await.GetResultMethod;
                break;
        }
    }

    private static IEnumerable<IMethodSymbol?> Deconstructs(DeconstructionInfo info)
    {
        yield return info.Method;
        foreach (var nested in info.Nested)
        {
            foreach (var method in Deconstructs(nested))
            {
                yield return method;
            }
        }
    }
}
