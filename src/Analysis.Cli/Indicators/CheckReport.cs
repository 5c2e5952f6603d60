using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators;

/// <summary>
/// What <c>indicators check</c> found, whether the scripts ran here or in a child process: the scripts, the
/// indicators they define, every diagnostic, and the timings. Its JSON form is <c>check --format json</c>'s output,
/// which is also how an isolated check reads its child's findings back.
/// </summary>
internal sealed record CheckReport(int Scripts, IReadOnlyList<CheckedIndicator> Indicators, IReadOnlyList<ScriptDiagnostic> Diagnostics, CompileTimings Timings)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static CheckReport Of(CompileResult result) => new(
        result.Scripts,
        [.. result.Indicators.Select(d => new CheckedIndicator(d.Id, d.Title, d.Source.Path, d.Source.Line))],
        result.Diagnostics,
        result.Timings);

    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            scripts = Scripts,
            indicators = Indicators.Select(d => new { id = d.Id, title = d.Title, path = d.Path, line = d.Line }),
            errors = Diagnostics.Count(d => d.IsError),
            warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            fromCache = Timings.FromCache,
            milliseconds = new
            {
                compile = Math.Round(Timings.Compile.TotalMilliseconds),
                run = Math.Round(Timings.Run.TotalMilliseconds),
                total = Math.Round(Timings.Total.TotalMilliseconds),
            },
            diagnostics = Diagnostics.Select(d => new
            {
                path = d.Path,
                line = d.Line,
                column = d.Column,
                id = d.Id,
                severity = d.Severity.ToString().ToLowerInvariant(),
                message = d.Message,
            }),
        },
        new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Reads <see cref="ToJson"/>'s form back; null when the text is not that form.</summary>
    public static CheckReport? FromJson(string json)
    {
        try
        {
            var root = JsonNode.Parse(json) ?? throw new JsonException("the check report is empty");
            var milliseconds = Field(root, "milliseconds");
            return new CheckReport(
                Field(root, "scripts").GetValue<int>(),
                [.. Field(root, "indicators").AsArray().Select(i => new CheckedIndicator(Text(i, "id"), Text(i, "title"), Text(i, "path"), Field(i, "line").GetValue<int>()))],
                [.. Field(root, "diagnostics").AsArray().Select(d => new ScriptDiagnostic(
                    Text(d, "path"),
                    Field(d, "line").GetValue<int>(),
                    Field(d, "column").GetValue<int>(),
                    Text(d, "id"),
                    Enum.Parse<DiagnosticSeverity>(Text(d, "severity"), ignoreCase: true),
                    Text(d, "message")))],
                new CompileTimings(
                    Field(root, "fromCache").GetValue<bool>(),
                    0,
                    TimeSpan.FromMilliseconds(Field(milliseconds, "compile").GetValue<double>()),
                    TimeSpan.FromMilliseconds(Field(milliseconds, "run").GetValue<double>()),
                    TimeSpan.FromMilliseconds(Field(milliseconds, "total").GetValue<double>())));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonNode Field(JsonNode? node, string name) =>
        node?[name] ?? throw new JsonException($"the check report has no '{name}'");

    private static string Text(JsonNode? node, string name) => Field(node, name).GetValue<string>();
}
