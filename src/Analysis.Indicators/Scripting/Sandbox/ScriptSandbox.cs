namespace Analysis.Indicators.Scripting;

/// <summary>
/// The rules every indicator script is compiled under: the API allow-list and the language rules. With
/// them, a script can compute with the DSL, the panel's records, System.Math and LINQ, and nothing else;
/// what it can still do (loop for ever, recurse, allocate) is bounded by the child process it runs in.
/// </summary>
internal static class ScriptSandbox
{
    public static IReadOnlyList<ISymbolRule> Rules { get; } = [new ApiAllowList(), new LanguageRules()];
}
