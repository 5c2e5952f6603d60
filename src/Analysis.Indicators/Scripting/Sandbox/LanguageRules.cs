using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// The sandbox's rules for what no used symbol shows: unsafe code, native code, static mutable state,
/// attributes, interface bodies, finalizers, look-alike identifiers, threads and locks, narrowing casts,
/// and caller information given by hand. Each is judged on the syntax node that writes it, with the
/// semantic model where the meaning matters.
/// </summary>
internal sealed class LanguageRules : ISymbolRule
{
    private static readonly HashSet<string> NativeAttributes = new(StringComparer.Ordinal)
    {
        "System.Runtime.InteropServices.DllImportAttribute",
        "System.Runtime.InteropServices.LibraryImportAttribute",
        "System.Runtime.CompilerServices.UnsafeAccessorAttribute",
    };

    private static readonly HashSet<string> CallerAttributes = new(StringComparer.Ordinal)
    {
        "CallerFilePathAttribute", "CallerLineNumberAttribute", "CallerMemberNameAttribute", "CallerArgumentExpressionAttribute",
    };

    public string Name => "sandbox-language/1";

    public (string Id, string Message)? Check(ISymbol symbol) => null;

    public IEnumerable<(string Id, string Message, Location? At)> CheckNode(SyntaxNode node, SemanticModel model) =>
        Unsafe(node).Concat(Declarations(node, model)).Concat(Spelling(node)).Concat(Concurrency(node)).Concat(Conversions(node, model));

    private static IEnumerable<(string, string, Location?)> Unsafe(SyntaxNode node)
    {
        var what = node switch
        {
            UnsafeStatementSyntax => "an unsafe block",
            FixedStatementSyntax => "a fixed statement",
            PointerTypeSyntax pointer => $"the pointer type {pointer}",
            FunctionPointerTypeSyntax => "a function pointer",
            StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc",
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression } => "taking an address (&)",
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PointerIndirectionExpression } => "dereferencing a pointer (*)",
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression } => "a pointer member access (->)",
            MakeRefExpressionSyntax => "__makeref",
            RefTypeExpressionSyntax => "__reftype",
            RefValueExpressionSyntax => "__refvalue",
            ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression) => "__arglist",
            _ => Modifier(node, SyntaxKind.UnsafeKeyword) ? "the unsafe modifier" : null,
        };
        if (what is not null)
        {
            yield return At(SandboxProblems.Unsafe(what), ModifierToken(node, SyntaxKind.UnsafeKeyword));
        }
    }

    private static IEnumerable<(string, string, Location?)> Declarations(SyntaxNode node, SemanticModel model)
    {
        if (Modifier(node, SyntaxKind.ExternKeyword))
        {
            yield return At(SandboxProblems.Native($"the extern method {Declared(node, model)}"), ModifierToken(node, SyntaxKind.ExternKeyword));
        }

        switch (node)
        {
            case AttributeSyntax attribute:
                var type = model.GetSymbolInfo(attribute).Symbol?.ContainingType ?? model.GetTypeInfo(attribute.Name).Type;
                var name = type is INamedTypeSymbol named ? ApiAllowList.MetadataName(named) : attribute.Name.ToString();
                yield return At(NativeAttributes.Contains(name) ? SandboxProblems.Native($"the attribute {name}") : SandboxProblems.Attribute(name));
                break;
            case DestructorDeclarationSyntax destructor:
                yield return At(SandboxProblems.Finalizer(destructor.Identifier.ValueText), destructor.TildeToken);
                break;
            case ConstructorDeclarationSyntax constructor when Modifier(constructor, SyntaxKind.StaticKeyword):
                yield return At(SandboxProblems.StaticState($"the static constructor of {constructor.Identifier.ValueText}"), constructor.Identifier);
                break;
            case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } variable
                when model.GetDeclaredSymbol(variable) is IFieldSymbol { IsStatic: true, IsConst: false } field && !(field.IsReadOnly && Immutable(field.Type)):
                yield return At(SandboxProblems.StaticState($"the static {(field.IsReadOnly ? "readonly field of a mutable type" : field.AssociatedSymbol is IEventSymbol ? "event" : "field")} {field.Name}"), variable.Identifier);
                break;
            case PropertyDeclarationSyntax property when model.GetDeclaredSymbol(property) is IPropertySymbol { IsStatic: true } symbol
                && (symbol.SetMethod is not null || (IsAuto(property) && !Immutable(symbol.Type))):
                yield return At(SandboxProblems.StaticState($"the static property {symbol.Name} {(symbol.SetMethod is not null ? "with a setter" : "of a mutable type")}"), property.Identifier);
                break;
        }

        if (node is MemberDeclarationSyntax member and not BaseTypeDeclarationSyntax && node.Parent is InterfaceDeclarationSyntax owner
            && (HasBody(member) || Modifier(member, SyntaxKind.StaticKeyword) && !Modifier(member, SyntaxKind.AbstractKeyword)))
        {
            yield return At(SandboxProblems.InterfaceBody($"a {(HasBody(member) ? "member with a body" : "static member")} in the interface {owner.Identifier.ValueText}"));
        }

        if (node is ArgumentSyntax argument && model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter }
            && parameter.GetAttributes().Any(a => a.AttributeClass is { } c && CallerAttributes.Contains(c.Name)))
        {
            yield return At(SandboxProblems.CallerInfo(parameter.Name));
        }
    }

    private static IEnumerable<(string, string, Location?)> Spelling(SyntaxNode node)
    {
        foreach (var token in node.ChildTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
        {
            var written = token.Text.TrimStart('@');
            var odd = written.FirstOrDefault(c => !char.IsAscii(c));
            if (odd != default)
            {
                yield return At(SandboxProblems.Spelling(string.Create(CultureInfo.InvariantCulture,
                    $"the identifier '{token.ValueText}' has the non-ASCII character U+{(int)odd:X4} ({CharUnicodeInfo.GetUnicodeCategory(odd)})")), token);
            }
            else if (written != token.ValueText)
            {
                yield return At(SandboxProblems.Spelling($"the identifier '{token.ValueText}' is written with a Unicode escape ({written})"), token);
            }
        }
    }

    private static IEnumerable<(string, string, Location?)> Concurrency(SyntaxNode node)
    {
        var what = node switch
        {
            LockStatementSyntax => "a lock statement",
            AwaitExpressionSyntax => "await",
            _ when Modifier(node, SyntaxKind.AsyncKeyword) => "async code",
            _ when Modifier(node, SyntaxKind.VolatileKeyword) => "a volatile field",
            _ => null,
        };
        if (what is not null)
        {
            yield return At(SandboxProblems.Concurrency(what), ModifierToken(node, SyntaxKind.AsyncKeyword) ?? ModifierToken(node, SyntaxKind.VolatileKeyword));
        }
    }

    // Casts, 'as', 'is' and type patterns that narrow a reference to a type the script did not declare:
    // the way to reach the mutable object behind a read-only interface the panel hands out.
    private static IEnumerable<(string, string, Location?)> Conversions(SyntaxNode node, SemanticModel model)
    {
        var (from, to) = node switch
        {
            CastExpressionSyntax cast => (model.GetTypeInfo(cast.Expression).Type, model.GetTypeInfo(cast.Type).Type),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression or (int)SyntaxKind.IsExpression } test => (model.GetTypeInfo(test.Left).Type, model.GetTypeInfo(test.Right).Type),
            DeclarationPatternSyntax or TypePatternSyntax or RecursivePatternSyntax => model.GetOperation(node) is IPatternOperation pattern
                ? (pattern.InputType, pattern switch
                {
                    IDeclarationPatternOperation d => d.MatchedType,
                    ITypePatternOperation t => t.MatchedType,
                    IRecursivePatternOperation r => r.MatchedType,
                    _ => null,
                })
                : (null, null),
            _ => ((ITypeSymbol?)null, (ITypeSymbol?)null),
        };
        if (from is not null && to is not null && !to.Locations.Any(l => l.IsInSource) && to is not IErrorTypeSymbol
            && model.Compilation.ClassifyConversion(from, to) is { IsReference: true, IsImplicit: false, Exists: true })
        {
            yield return At(SandboxProblems.Narrowing(SymbolAnalysis.Display(from), SymbolAnalysis.Display(to)));
        }
    }

    private static (string, string, Location?) At((string Id, string Message) finding, SyntaxToken? token = null) =>
        (finding.Id, finding.Message, token?.GetLocation());

    private static bool Modifier(SyntaxNode node, SyntaxKind kind) => ModifierToken(node, kind) is not null;

    private static SyntaxToken? ModifierToken(SyntaxNode node, SyntaxKind kind)
    {
        var modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            _ => default,
        };
        var found = modifiers.FirstOrDefault(m => m.IsKind(kind));
        return found.IsKind(kind) ? found : null;
    }

    private static string Declared(SyntaxNode node, SemanticModel model) =>
        model.GetDeclaredSymbol(node) is { } symbol ? SymbolAnalysis.Display(symbol) : node.ToString();

    private static bool HasBody(MemberDeclarationSyntax member) => member switch
    {
        BaseMethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
        BasePropertyDeclarationSyntax property => (property as PropertyDeclarationSyntax)?.ExpressionBody is not null
            || (property as IndexerDeclarationSyntax)?.ExpressionBody is not null
            || property.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true,
        BaseFieldDeclarationSyntax => true,
        _ => false,
    };

    private static bool IsAuto(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null && property.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) == true;

    /// <summary>Values that cannot change once made: primitives, strings, enums, and nullables and tuples of them.</summary>
    private static bool Immutable(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Enum } => true,
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => Immutable(nullable.TypeArguments[0]),
        INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.All(e => Immutable(e.Type)),
        _ => type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_String or SpecialType.System_Decimal
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double,
    };
}
