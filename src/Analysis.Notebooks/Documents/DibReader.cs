using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// Reads the <c>.dib</c> text format: an optional <c>#!meta</c> JSON block, then cells started by <c>#!kernel</c>
/// lines. Only a known kernel name or alias starts a cell; any other <c>#!</c> line (<c>#!time</c>, <c>#!set</c>)
/// stays in the cell as a magic command. A <c>.dib</c> never stores outputs or ids.
/// </summary>
internal static class DibReader
{
    public static NotebookReadResult Read(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var at = 0;
        while (at < lines.Length && lines[at].Trim().Length == 0)
        {
            at++;
        }

        var metadata = new JsonObject();
        var kernels = KernelNames.Standard;
        var defaultKernel = KernelNames.CSharp;
        if (at < lines.Length && lines[at].Trim() == "#!meta")
        {
            var start = ++at;
            while (at < lines.Length && !lines[at].StartsWith("#!", StringComparison.Ordinal))
            {
                at++;
            }

            var json = string.Join('\n', lines[start..at]);
            try
            {
                metadata = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the #!meta block is not a JSON object");
            }
            catch (JsonException e)
            {
                var line = start + (int)(e.LineNumber ?? 0) + 1;
                return NotebookReadResult.Failed(path, "invalid JSON in the #!meta block: " + e.Message.Split(" LineNumber:")[0].Split(" Path:")[0], line, (int)(e.BytePositionInLine ?? 0) + 1);
            }

            (kernels, defaultKernel) = FromMeta(metadata, kernels, defaultKernel);
        }

        var cells = ImmutableArray.CreateBuilder<NotebookCell>();
        var kernel = defaultKernel;
        var body = new List<string>();
        var explicitCell = false;
        for (; at <= lines.Length; at++)
        {
            var name = at < lines.Length && lines[at].StartsWith("#!", StringComparison.Ordinal) ? lines[at][2..].Trim() : null;
            if (at == lines.Length || (name is not null && kernels.IsKernel(name)))
            {
                Flush(cells, kernel, body, explicitCell);
                if (at == lines.Length)
                {
                    break;
                }

                kernel = kernels.Normalise(name!)!;
                explicitCell = true;
                body.Clear();
                continue;
            }

            body.Add(lines[at]);
        }

        return NotebookReadResult.Read(new Notebook { Cells = cells.ToImmutable(), DefaultKernel = defaultKernel, Kernels = kernels, Metadata = metadata });
    }

    private static (KernelNames Kernels, string Default) FromMeta(JsonObject metadata, KernelNames kernels, string defaultKernel)
    {
        if (metadata["kernelInfo"] is not JsonObject info)
        {
            return (kernels, defaultKernel);
        }

        foreach (var item in (info["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (item["name"]?.GetValue<string>() is { } name)
            {
                kernels = kernels.With(name, (item["aliases"] as JsonArray ?? []).Select(a => a?.GetValue<string>()).OfType<string>());
            }
        }

        var named = info["defaultKernelName"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return (kernels, named is null ? defaultKernel : kernels.Normalise(named) ?? named);
    }

    private static void Flush(ImmutableArray<NotebookCell>.Builder cells, string kernel, List<string> body, bool explicitCell)
    {
        var first = body.FindIndex(l => l.Trim().Length > 0);
        var last = body.FindLastIndex(l => l.Trim().Length > 0);
        var source = first < 0 ? "" : string.Join('\n', body[first..(last + 1)]);
        if (source.Length == 0 && !explicitCell)
        {
            return;
        }

        var markdown = kernel == KernelNames.Markdown;
        cells.Add(new NotebookCell { Kind = markdown ? CellKind.Markdown : CellKind.Code, Kernel = kernel, Source = source });
    }
}
