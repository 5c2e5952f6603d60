using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// Reads <c>.ipynb</c> leniently: any of the three metadata dialects seen in the wild (VS Code's, the Documents
/// library's and dotnet-repl's), sources and texts as a string or an array of lines, missing optional fields.
/// Only what would make the notebook meaningless (bad JSON, another nbformat, an unknown cell type) is a problem.
/// </summary>
internal static class IpynbReader
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static NotebookReadResult Read(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NotebookReadResult.Failed(path, "the file is empty; expected a notebook (JSON with \"nbformat\": 4)");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Lenient);
        }
        catch (JsonException e)
        {
            return NotebookReadResult.Failed(path, "invalid JSON: " + Sentence(e.Message), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }

        try
        {
            return NotebookReadResult.Read(ReadNotebook(root as JsonObject ?? throw new Invalid("the file is JSON but not an object; expected a notebook with \"cells\" and \"nbformat\": 4")));
        }
        catch (Invalid e)
        {
            return NotebookReadResult.Failed(path, e.Message);
        }
    }

    private static Notebook ReadNotebook(JsonObject root)
    {
        var format = root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
        if (format != 4)
        {
            throw new Invalid(format is null
                ? "no \"nbformat\" number; expected \"nbformat\": 4 (notebooks as VS Code and Jupyter write them)"
                : string.Create(CultureInfo.InvariantCulture, $"\"nbformat\" is {format}; expected 4 (open and save the notebook in Jupyter or VS Code to upgrade it)"));
        }

        var metadata = root["metadata"] as JsonObject ?? [];
        var kernels = KernelTable(metadata);
        var defaultKernel = DefaultKernel(metadata, kernels);
        if (root["cells"] is not JsonArray cells)
        {
            throw new Invalid("no \"cells\" array");
        }

        var read = ImmutableArray.CreateBuilder<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            read.Add(ReadCell(cells[i] as JsonObject ?? throw new Invalid(CellAt(i, "is not a JSON object")), i, defaultKernel, kernels));
        }

        return new Notebook { Cells = read.MoveToImmutable(), DefaultKernel = defaultKernel, Kernels = kernels, Metadata = metadata };
    }

    private static NotebookCell ReadCell(JsonObject cell, int index, string defaultKernel, KernelNames kernels)
    {
        var type = Text(cell["cell_type"]);
        var kind = type switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            _ => throw new Invalid(CellAt(index, $"has cell_type {(type is null ? "missing" : $"'{type}'")}; expected code, markdown or raw")),
        };
        var source = MultilineText(cell["source"]) ?? throw new Invalid(CellAt(index, "has no \"source\" string or array of strings"));
        var metadata = cell["metadata"] as JsonObject ?? [];
        return new NotebookCell
        {
            Kind = kind,
            Source = source,
            Id = Text(cell["id"]),
            Kernel = kind switch
            {
                CellKind.Markdown => KernelNames.Markdown,
                CellKind.Raw => "raw",
                _ => CellKernel(source, metadata, defaultKernel, kernels),
            },
            Metadata = metadata,
            ExecutionCount = cell["execution_count"] is JsonValue count && count.TryGetValue<int>(out var c) ? c : null,
            Outputs = kind == CellKind.Code && cell["outputs"] is JsonArray outputs
                ? [.. outputs.Select((o, j) => ReadOutput(o as JsonObject ?? throw new Invalid(CellAt(index, $"output {j + 1} is not a JSON object")), index, j))]
                : [],
        };
    }

    /// <summary>A leading <c>#!alias</c> line naming a kernel wins over the metadata, which wins over the notebook's default.</summary>
    private static string CellKernel(string source, JsonObject metadata, string defaultKernel, KernelNames kernels)
    {
        var first = source.Split('\n', 2)[0].Trim();
        if (first.StartsWith("#!", StringComparison.Ordinal) && kernels.Normalise(first[2..]) is { } magic)
        {
            return magic;
        }

        var named = Text(metadata["polyglot_notebook"]?["kernelName"]) ?? Text(metadata["dotnet_interactive"]?["language"]);
        return named is null ? defaultKernel : kernels.Normalise(named) ?? named;
    }

    private static KernelNames KernelTable(JsonObject metadata)
    {
        var kernels = KernelNames.Standard;
        foreach (var info in KernelInfos(metadata))
        {
            foreach (var item in (info["items"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Text(item["name"]) is { } name)
                {
                    var aliases = (item["aliases"] as JsonArray ?? []).Select(Text).OfType<string>();
                    kernels = kernels.With(name, aliases);
                }
            }
        }

        return kernels;
    }

    /// <summary>The rule of the Documents library and the VS Code extension, most specific first.</summary>
    private static string DefaultKernel(JsonObject metadata, KernelNames kernels)
    {
        var named = KernelInfos(metadata).Select(info => Text(info["defaultKernelName"])).FirstOrDefault(n => n is not null)
            ?? Text(metadata["dotnet_interactive"]?["defaultKernelName"])
            ?? (Text(metadata["kernelspec"]?["name"]) is { } spec ? (spec.StartsWith(".net-", StringComparison.Ordinal) ? spec[5..] : spec) : null)
            ?? Text(metadata["kernelspec"]?["language"])
            ?? KernelNames.CSharp;
        return kernels.Normalise(named) ?? named;
    }

    /// <summary>The kernelInfo objects of the three dialects: VS Code's, the stray top-level one, and the Documents library's.</summary>
    private static IEnumerable<JsonObject> KernelInfos(JsonObject metadata) =>
        new[] { metadata["polyglot_notebook"]?["kernelInfo"], metadata["kernelInfo"], metadata["polyglot_notebook"] }.OfType<JsonObject>();

    private static CellOutput ReadOutput(JsonObject output, int cell, int index)
    {
        var type = Text(output["output_type"]);
        switch (type)
        {
            case "stream":
                return new StreamOutput(Text(output["name"]) ?? StreamOutput.Stdout, MultilineText(output["text"]) ?? "");
            case "display_data":
            case "execute_result":
                var data = output["data"] as JsonObject ?? [];
                return new DisplayOutput(
                    [.. data.Select(p => new MimeValue(p.Key, MimeContent(p.Key, p.Value)))],
                    type == "execute_result",
                    output["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null);
            case "error":
                return new ErrorOutput(
                    Text(output["ename"]) ?? "Error",
                    Text(output["evalue"]) ?? "",
                    [.. (output["traceback"] as JsonArray ?? []).Select(Text).OfType<string>()]);
            default:
                throw new Invalid(CellAt(cell, $"output {index + 1} has output_type {(type is null ? "missing" : $"'{type}'")}; expected stream, display_data, execute_result or error"));
        }
    }

    /// <summary>JSON types may be stored as a JSON value (Jupyter, VS Code) or as text lines (the Documents library).</summary>
    private static string MimeContent(string mimeType, JsonNode? value)
    {
        var text = MultilineText(value);
        if (!MimeValue.IsJsonType(mimeType))
        {
            return text ?? value?.ToJsonString() ?? "";
        }

        return text is not null && IsJson(text) ? text : value?.ToJsonString() ?? "null";
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A string, or an array of strings joined with nothing between them (each already ends in <c>\n</c>).</summary>
    internal static string? MultilineText(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonArray lines when lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)) => string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => null,
    };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string CellAt(int index, string what) => string.Create(CultureInfo.InvariantCulture, $"cell {index + 1} {what}");

    private static string Sentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        return (cut < 0 ? message : message[..cut]).Trim();
    }

    private sealed class Invalid(string message) : Exception(message);
}
