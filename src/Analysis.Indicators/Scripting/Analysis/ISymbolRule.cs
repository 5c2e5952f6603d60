using Microsoft.CodeAnalysis;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// A check over every symbol a script's own code binds to, run after binding and before emit; the
/// sandbox's API allow-list plugs in here. A script that breaks a rule is not emitted or run.
/// </summary>
/// <remarks>Scripts are checked in parallel, so a rule is called from several threads at once and must keep no mutable state.</remarks>
internal interface ISymbolRule
{
    /// <summary>A name and version, part of the cache key: a changed rule must not reuse assemblies it never checked.</summary>
    string Name { get; }

    /// <summary>
    /// The diagnostic ID and message for a symbol the script may not use, or null when it may. Only symbols
    /// from referenced assemblies are asked about, one part at a time: a constructed generic comes as its
    /// definition and then each type argument.
    /// </summary>
    (string Id, string Message)? Check(ISymbol symbol);

    /// <summary>
    /// Findings about one syntax node of the script's own code that no symbol shows: a declaration (a static
    /// field, a finalizer), a keyword (<c>unsafe</c>, <c>lock</c>), an identifier's spelling. Each is shown at
    /// <c>At</c> (a token of the node, such as the <c>extern</c> modifier) or, when that is null, at the node.
    /// None by default.
    /// </summary>
    IEnumerable<(string Id, string Message, Location? At)> CheckNode(SyntaxNode node, SemanticModel model) => [];
}
