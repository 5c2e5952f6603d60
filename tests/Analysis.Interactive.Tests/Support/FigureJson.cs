using System.Text.Json;

namespace Analysis.Interactive.Tests.Support;

/// <summary>A chart's JSON read back for assertions: its traces by position and name, and the layout.</summary>
public sealed class FigureJson
{
    private readonly JsonDocument _document;

    public FigureJson(string json)
    {
        Text = json;
        _document = JsonDocument.Parse(json);
    }

    public string Text { get; }

    public IReadOnlyList<JsonElement> Traces => [.. _document.RootElement.GetProperty("data").EnumerateArray()];

    public JsonElement Layout => _document.RootElement.GetProperty("layout");

    public IReadOnlyList<string> Names => [.. Traces.Select(t => t.GetProperty("name").GetString()!)];

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public JsonElement Trace(string name) => Traces.Single(t => t.GetProperty("name").GetString() == name);

    public IReadOnlyList<JsonElement> TracesStartingWith(string prefix) =>
        [.. Traces.Where(t => t.GetProperty("name").GetString()!.StartsWith(prefix, StringComparison.Ordinal))];

    public static IReadOnlyList<double?> Numbers(JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble())];

    public static IReadOnlyList<string> Strings(JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
