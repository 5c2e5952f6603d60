using Microsoft.CodeAnalysis;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// A check over every symbol a script's own code binds to, run after binding and before emit; the
/// sandbox's API allow-list plugs in here. A script that breaks a rule is not emitted or run.
/// </summary>
internal interface ISymbolRule
{
    /// <summary>A name and version, part of the cache key: a changed rule must not reuse assemblies it never checked.</summary>
    string Name { get; }

    /// <summary>The diagnostic ID and message for a symbol the script may not use, or null when it may.</summary>
    (string Id, string Message)? Check(ISymbol symbol);
}
