namespace Analysis.Indicators.Scripting;

/// <summary>
/// The outcome of compiling a set of scripts, as kept in the cache: which scripts compiled to which
/// class, the compile-time diagnostics, and the assembly image (null when no script compiled).
/// </summary>
internal sealed record CompiledLibrary(IReadOnlyList<CompiledScript> Scripts, IReadOnlyList<ScriptDiagnostic> Diagnostics, byte[]? Image);
