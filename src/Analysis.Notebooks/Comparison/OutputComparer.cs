using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// Compares a cell's stored outputs with its new ones as nbval does, after scrubbing: streams coalesced per name,
/// displayed values on the first representation both have (plain text, JSON, CSV, then HTML; images are not
/// compared), errors on their name and message without stack frames. Returns a readable diff, or null on a match.
/// </summary>
internal static class OutputComparer
{
    private static readonly string[] Preferred =
        ["text/plain", "application/json", "text/csv", "text/markdown", "text/latex", "text/html", "image/svg+xml"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string? Diff(IReadOnlyList<CellOutput> stored, IReadOnlyList<CellOutput> produced, IReadOnlyList<Scrubber> scrubbers)
    {
        var before = Normalise(stored);
        var after = Normalise(produced);
        var report = new StringBuilder();
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (i >= before.Count)
            {
                var (kind, text) = Represent(after[i], after[i], scrubbers);
                report.Append(CultureInfo.InvariantCulture, $"  output {number} ({kind}) is new:\n").Append(LineDiff.Describe("", text, "    ")).Append('\n');
            }
            else if (i >= after.Count)
            {
                var (kind, text) = Represent(before[i], before[i], scrubbers);
                report.Append(CultureInfo.InvariantCulture, $"  output {number} ({kind}) is missing:\n").Append(LineDiff.Describe(text, "", "    ")).Append('\n');
            }
            else
            {
                var (wasKind, was) = Represent(before[i], after[i], scrubbers);
                var (isKind, now) = Represent(after[i], before[i], scrubbers);
                if (wasKind != isKind)
                {
                    report.Append(CultureInfo.InvariantCulture, $"  output {number} was {wasKind} and is now {isKind}:\n").Append(LineDiff.Describe(was, now, "    ")).Append('\n');
                }
                else if (was != now)
                {
                    report.Append(CultureInfo.InvariantCulture, $"  output {number} ({wasKind}) differs:\n").Append(LineDiff.Describe(was, now, "    ")).Append('\n');
                }
            }
        }

        return report.Length == 0 ? null : report.ToString().TrimEnd('\n');
    }

    /// <summary>Streams merged per name at the first one's place (nbval's coalescing); values with only images dropped.</summary>
    private static List<CellOutput> Normalise(IReadOnlyList<CellOutput> outputs)
    {
        var result = new List<CellOutput>();
        foreach (var output in outputs)
        {
            switch (output)
            {
                case StreamOutput s when result.FindIndex(o => o is StreamOutput t && t.Name == s.Name) is var at and >= 0:
                    result[at] = new StreamOutput(s.Name, ((StreamOutput)result[at]).Text + s.Text);
                    break;
                case DisplayOutput d when !d.Data.Any(m => Preferred.Contains(m.MimeType, StringComparer.Ordinal)):
                    break;
                default:
                    result.Add(output);
                    break;
            }
        }

        return result;
    }

    /// <summary>How an output is compared: its kind and its scrubbed text, choosing a representation <paramref name="other"/> also has.</summary>
    private static (string Kind, string Text) Represent(CellOutput output, CellOutput other, IReadOnlyList<Scrubber> scrubbers)
    {
        var (kind, text) = output switch
        {
            StreamOutput s => (s.Name, s.Text),
            ErrorOutput e => ("error", e.Name + ": " + WithoutFrames(e.Value)),
            DisplayOutput d => Display(d, other as DisplayOutput),
            _ => (output.GetType().Name, output.ToString()!),
        };
        return (kind, scrubbers.Aggregate(text, (t, s) => s.Apply(t)));
    }

    private static (string Kind, string Text) Display(DisplayOutput display, DisplayOutput? other)
    {
        var mime = Preferred.FirstOrDefault(m => display[m] is not null && other?[m] is not null)
            ?? Preferred.First(m => display[m] is not null);
        var text = display[mime]!;
        return (mime, MimeValue.IsJsonType(mime) ? Canonical(text) : text);
    }

    /// <summary>JSON with its keys sorted and one value per line, so key order does not matter and diffs are readable.</summary>
    private static string Canonical(string json)
    {
        try
        {
            return Sorted(JsonNode.Parse(json))?.ToJsonString(Indented) ?? "null";
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static string WithoutFrames(string value) => string.Join('\n', value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
        .Where(l => !l.StartsWith("   at ", StringComparison.Ordinal) && !l.StartsWith("--- End of", StringComparison.Ordinal)));
}
