using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// Writes <c>.ipynb</c> in the dialect the VS Code Polyglot extension writes (nbformat 4.5, one-space indent,
/// keys sorted as Jupyter sorts them, sources and texts as arrays of lines), keeping ids and unknown metadata.
/// Cells without an id get one derived from their position and source, so writing twice gives the same bytes.
/// </summary>
internal static partial class IpynbWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        // Notebooks are read by people in diffs: keep non-ASCII text and HTML as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Notebook notebook)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cells = new JsonArray();
        for (var i = 0; i < notebook.Cells.Length; i++)
        {
            cells.Add(Cell(notebook.Cells[i], i, ids));
        }

        var root = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = NotebookMetadata(notebook),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteSorted(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static JsonObject Cell(NotebookCell cell, int index, HashSet<string> ids)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" },
            ["id"] = Id(cell, index, ids),
            ["metadata"] = cell.Kind == CellKind.Code ? CodeMetadata(cell) : cell.Metadata.DeepClone(),
            ["source"] = Lines(cell.Source),
        };
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray([.. cell.Outputs.Select(Output)]);
        }

        return json;
    }

    private static JsonObject CodeMetadata(NotebookCell cell)
    {
        var metadata = (JsonObject)cell.Metadata.DeepClone();
        (metadata["dotnet_interactive"] as JsonObject ?? (JsonObject)(metadata["dotnet_interactive"] = new JsonObject()))["language"] = cell.Kernel;
        (metadata["polyglot_notebook"] as JsonObject ?? (JsonObject)(metadata["polyglot_notebook"] = new JsonObject()))["kernelName"] = cell.Kernel;
        return metadata;
    }

    /// <summary>nbformat 4.5 wants a unique id of 1-64 letters, digits, '-' or '_' on every cell.</summary>
    private static string Id(NotebookCell cell, int index, HashSet<string> ids)
    {
        if (cell.Id is { } id && ValidId().IsMatch(id) && ids.Add(id))
        {
            return id;
        }

        for (var salt = 0; ; salt++)
        {
            var seed = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{index}:{salt}:{cell.Source}"));
            var made = Convert.ToHexStringLower(SHA256.HashData(seed))[..8];
            if (ids.Add(made))
            {
                return made;
            }
        }
    }

    private static JsonObject Output(CellOutput output) => output switch
    {
        StreamOutput s => new JsonObject { ["name"] = s.Name, ["output_type"] = "stream", ["text"] = Lines(s.Text) },
        DisplayOutput d when d.IsResult => new JsonObject
        {
            ["data"] = Bundle(d), ["execution_count"] = d.ExecutionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        },
        DisplayOutput d => new JsonObject { ["data"] = Bundle(d), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.Name, ["evalue"] = e.Value, ["output_type"] = "error", ["traceback"] = new JsonArray([.. e.Traceback.Select(t => (JsonNode?)t)]),
        },
        _ => throw new ArgumentException($"unknown output {output.GetType().Name}", nameof(output)),
    };

    private static JsonObject Bundle(DisplayOutput display)
    {
        var data = new JsonObject();
        foreach (var value in display.Data)
        {
            data[value.MimeType] = value.IsJson ? JsonValueOf(value.Content) : Lines(value.Content);
        }

        return data;
    }

    private static JsonNode? JsonValueOf(string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (JsonException)
        {
            return Lines(content);
        }
    }

    /// <summary>Split after each <c>\n</c>, as Jupyter stores multi-line strings.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static JsonObject NotebookMetadata(Notebook notebook)
    {
        var metadata = (JsonObject)notebook.Metadata.DeepClone();
        var items = (metadata["polyglot_notebook"]?["kernelInfo"]?["items"]
            ?? metadata["polyglot_notebook"]?["items"]
            ?? metadata["kernelInfo"]?["items"])?.DeepClone()
            ?? new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = notebook.DefaultKernel });

        // The Documents library's and dotnet-repl's dialects move into VS Code's place; their full C# language_info
        // is what made VS Code clear the outputs of dotnet-repl's notebooks (dotnet-repl#88, #97).
        metadata.Remove("kernelInfo");
        var polyglot = metadata["polyglot_notebook"] as JsonObject ?? [];
        polyglot.Remove("defaultKernelName");
        polyglot.Remove("items");
        polyglot["kernelInfo"] = new JsonObject { ["defaultKernelName"] = notebook.DefaultKernel, ["items"] = items };
        metadata["polyglot_notebook"] = polyglot;
        metadata["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" };
        if (metadata["kernelspec"]?["name"] is not JsonValue spec || !spec.ToString().StartsWith(".net-", StringComparison.Ordinal))
        {
            metadata["kernelspec"] = KernelSpec(notebook.DefaultKernel);
        }

        return metadata;
    }

    private static JsonObject KernelSpec(string kernel)
    {
        var (display, language) = kernel switch
        {
            "fsharp" => ("F#", "F#"),
            "pwsh" => ("PowerShell", "PowerShell"),
            _ => ("C#", "C#"),
        };
        return new JsonObject { ["display_name"] = $".NET ({display})", ["language"] = language, ["name"] = ".net-" + (kernel is "fsharp" or "pwsh" ? kernel : KernelNames.CSharp) };
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();
}
