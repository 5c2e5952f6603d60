namespace Analysis.Indicators.Scripting;

/// <summary>One script in a compiled library: its file and the generated class that runs it (null when it did not compile).</summary>
internal sealed record CompiledScript(string Path, string? TypeName);
