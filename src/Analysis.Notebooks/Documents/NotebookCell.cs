using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// One cell of a notebook: its kind, kernel, source and stored outputs, with its metadata kept as read so
/// that keys this toolkit does not know (tags, VS Code's, papermill's) survive a rewrite.
/// </summary>
public sealed record NotebookCell
{
    /// <summary>Code, markdown or raw.</summary>
    public required CellKind Kind { get; init; }

    /// <summary>The cell's text, lines separated by <c>\n</c> as stored.</summary>
    public required string Source { get; init; }

    /// <summary>The nbformat 4.5 cell id, or null when the file had none (the writer then makes one).</summary>
    public string? Id { get; init; }

    /// <summary>The kernel the cell runs in (<c>csharp</c>, <c>fsharp</c>, ...; <c>markdown</c> for prose).</summary>
    public string Kernel { get; init; } = KernelNames.CSharp;

    /// <summary>The cell's metadata as read; treat as read-only (the writer copies it).</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>The outputs stored with (or produced for) the cell.</summary>
    public ImmutableArray<CellOutput> Outputs { get; init; } = [];

    /// <summary>The execution count stored with the cell; null when it was never run.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>The cell's tags (<c>metadata.tags</c>), which mark cells for nbval, papermill and nbmake.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? [.. tags.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()]
            : [];

    /// <summary>True when the cell carries the given tag.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The first non-blank line of the source, to name the cell in reports.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
