namespace Analysis.Notebooks.Execution;

/// <summary>A <c>#r "nuget: Name, Version"</c> line: the package, the version asked for (if any), and the cell line.</summary>
internal sealed record PackageRequest(string Name, string? Version, int Line);
