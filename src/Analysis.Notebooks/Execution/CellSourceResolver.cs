using Microsoft.CodeAnalysis;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Resolves <c>#load</c> as Roslyn does (relative to the notebook's folder) but leaves a cell's own name
/// (<c>notebook.ipynb#cell-3</c>) as it is, so stack traces name the cell without the machine's folder in them.
/// </summary>
internal sealed class CellSourceResolver(string directory) : SourceReferenceResolver
{
    public const string CellMarker = "#cell-";

    private readonly SourceFileResolver files = new([], directory);

    public override string? NormalizePath(string path, string? baseFilePath) =>
        path.Contains(CellMarker, StringComparison.Ordinal) ? path : files.NormalizePath(path, BaseOf(baseFilePath));

    public override string? ResolveReference(string path, string? baseFilePath) => files.ResolveReference(path, BaseOf(baseFilePath));

    public override Stream OpenRead(string resolvedPath) => files.OpenRead(resolvedPath);

    public override bool Equals(object? other) => other is CellSourceResolver resolver && resolver.files.Equals(files);

    public override int GetHashCode() => files.GetHashCode();

    /// <summary>A cell is not a file: paths in it are relative to the notebook's folder.</summary>
    private static string? BaseOf(string? baseFilePath) =>
        baseFilePath is not null && baseFilePath.Contains(CellMarker, StringComparison.Ordinal) ? null : baseFilePath;
}
