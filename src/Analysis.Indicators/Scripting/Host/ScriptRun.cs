namespace Analysis.Indicators.Scripting;

/// <summary>What running a compiled library gave: the definitions, the failures, and the (unloading) context it ran in.</summary>
internal sealed record ScriptRun(IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<ScriptDiagnostic> Diagnostics, WeakReference? LoadContext);
