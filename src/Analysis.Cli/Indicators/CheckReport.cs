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
            if (JsonNode.Parse(json) is not JsonObject root)
            {
                return null;
            }

            var milliseconds = root["milliseconds"]!;
            return new CheckReport(
                root["scripts"]!.GetValue<int>(),
                [.. root["indicators"]!.AsArray().Select(i => new CheckedIndicator(i!["id"]!.GetValue<string>(), i["title"]!.GetValue<string>(), i["path"]!.GetValue<string>(), i["line"]!.GetValue<int>()))],
                [.. root["diagnostics"]!.AsArray().Select(d => new ScriptDiagnostic(
                    d!["path"]!.GetValue<string>(),
                    d["line"]!.GetValue<int>(),
                    d["column"]!.GetValue<int>(),
                    d["id"]!.GetValue<string>(),
                    Enum.Parse<DiagnosticSeverity>(d["severity"]!.GetValue<string>(), ignoreCase: true),
                    d["message"]!.GetValue<string>()))],
                new CompileTimings(
                    root["fromCache"]!.GetValue<bool>(),
                    0,
                    TimeSpan.FromMilliseconds(milliseconds["compile"]!.GetValue<double>()),
                    TimeSpan.FromMilliseconds(milliseconds["run"]!.GetValue<double>()),
                    TimeSpan.FromMilliseconds(milliseconds["total"]!.GetValue<double>())));
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
