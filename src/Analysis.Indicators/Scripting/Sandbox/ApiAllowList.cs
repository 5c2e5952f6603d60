using Microsoft.CodeAnalysis;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// The sandbox's allow-list as a symbol rule: every type and member from a referenced assembly that a
/// script uses must be on <see cref="AllowedApi"/>; a member is judged with its type, so a refused type
/// is named once, not once per member.
/// </summary>
internal sealed class ApiAllowList : ISymbolRule
{
    public string Name => "sandbox-api/1";

    public (string Id, string Message)? Check(ISymbol symbol)
    {
        switch (symbol)
        {
            case IDynamicTypeSymbol:
                return SandboxProblems.Dynamic();
            case IPointerTypeSymbol pointer:
                return SandboxProblems.Unsafe($"the pointer type {SymbolAnalysis.Display(pointer)}");
            case IFunctionPointerTypeSymbol pointer:
                return SandboxProblems.Unsafe($"the function pointer type {SymbolAnalysis.Display(pointer)}");
            case INamedTypeSymbol type:
                return Allowed(type) ? null : Refuse(type);
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType is { } type:
                if (!Allowed(type))
                {
                    return Refuse(type);
                }

                var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? ".ctor" : symbol.Name;
                return AllowedApi.IsAllowedMember(MetadataName(type), name) && !IsAsyncDelegateCall(symbol)
                    ? null
                    : SandboxProblems.NotAllowed(SymbolAnalysis.Display(symbol), ApiArea.Of(MetadataName(type) + "." + name) ?? ApiArea.Of(MetadataName(type)));
            default:
                return SandboxProblems.NotAllowed(SymbolAnalysis.Display(symbol), null);
        }
    }

    /// <summary>The type's name as metadata spells it: namespace, containing types and arity (<c>System.Func`2</c>).</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "." + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    // A nested type (IndicatorScript.Target) is allowed with the type it is part of.
    private static bool Allowed(INamedTypeSymbol type)
    {
        for (var t = type.OriginalDefinition; t is not null; t = t.ContainingType)
        {
            if (AllowedApi.IsAllowedType(MetadataName(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static (string, string) Refuse(INamedTypeSymbol type) =>
        SandboxProblems.NotAllowed(SymbolAnalysis.Display(type.OriginalDefinition), ApiArea.Of(MetadataName(type)));

    // Delegates' BeginInvoke and EndInvoke start work on another thread.
    private static bool IsAsyncDelegateCall(ISymbol symbol) =>
        symbol.ContainingType.TypeKind == TypeKind.Delegate && symbol.Name is "BeginInvoke" or "EndInvoke";
}
