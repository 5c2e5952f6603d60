namespace Analysis.Indicators.Scripting;

/// <summary>A cache entry's description, stored as <c>KEY.json</c> beside <c>KEY.dll</c>.</summary>
internal sealed record CacheManifest(IReadOnlyList<CompiledScript> Scripts, IReadOnlyList<ScriptDiagnostic> Diagnostics, bool HasImage);
