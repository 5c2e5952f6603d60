using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// Reads user scrubbers in nbval's format: sections of a <c>regex: PATTERN</c> line followed by a
/// <c>replace: TEXT</c> line (a <c>[name]</c> header names the section; <c>#</c> and <c>;</c> lines are comments).
/// </summary>
public static class ScrubberFile
{
    /// <summary>The scrubbers in the file, or the problem (file and line) that stopped the read.</summary>
    public static (ImmutableArray<Scrubber> Scrubbers, NotebookProblem? Problem) Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], new NotebookProblem(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message));
        }

        var scrubbers = ImmutableArray.CreateBuilder<Scrubber>();
        var section = "";
        (string Pattern, int Line)? pending = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
            }
            else if (line.StartsWith("regex:", StringComparison.Ordinal))
            {
                if (pending is { } open)
                {
                    return ([], At(path, open.Line, "a regex: line needs a replace: line after it"));
                }

                pending = (line["regex:".Length..].Trim(), i + 1);
            }
            else if (line.StartsWith("replace:", StringComparison.Ordinal) && pending is { } rule)
            {
                try
                {
                    var name = section.Length > 0 ? section : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} line {rule.Line}");
                    scrubbers.Add(new Scrubber(name, new Regex(rule.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), line["replace:".Length..].Trim()));
                }
                catch (ArgumentException e)
                {
                    return ([], At(path, rule.Line, "invalid regular expression: " + e.Message));
                }

                pending = null;
            }
            else
            {
                return ([], At(path, i + 1, "expected [section], regex: PATTERN or replace: TEXT"));
            }
        }

        return pending is { } last ? ([], At(path, last.Line, "a regex: line needs a replace: line after it")) : (scrubbers.ToImmutable(), null);
    }

    private static NotebookProblem At(string path, int line, string message) => new(path, message, line, 1);
}
