using System.Text.Json.Nodes;
using Analysis.Testing;
using NJsonSchema;

namespace Analysis.Notebooks.Tests.Support;

/// <summary>The nbformat 4.5 JSON schema, read from ../shared/reference (never copied into the repository).</summary>
internal static class NbformatSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Each violation as "path: kind", empty when the notebook is valid.</summary>
    public static IReadOnlyList<string> Validate(string ipynb) =>
        [.. Schema.Value.Validate(ipynb).Select(e => $"{e.Path}: {e.Kind}")];

    /// <summary>
    /// NJsonSchema resolves references only to direct children of "definitions", and nbformat nests some under
    /// "definitions/misc"; those are lifted one level (in memory) with their references rewritten to match.
    /// </summary>
    private static JsonSchema Load()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "..", "shared", "reference", "nbformat.v4.5.schema.json"));
        var root = JsonNode.Parse(text)!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (name, schema) in misc.ToList())
        {
            misc.Remove(name);
            definitions["misc_" + name] = schema;
        }

        var flattened = root.ToJsonString().Replace("#/definitions/misc/", "#/definitions/misc_", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(flattened).GetAwaiter().GetResult();
    }
}
