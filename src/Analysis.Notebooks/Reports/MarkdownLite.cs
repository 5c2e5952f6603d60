using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Reports;

/// <summary>
/// Enough markdown for notebook prose, with everything escaped first so no cell can inject markup: headings,
/// paragraphs, bullet and numbered lists, fenced code, inline code, bold, italics and links.
/// </summary>
internal static partial class MarkdownLite
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush(html, paragraph, ref list);
                html.Append(inCode ? "</code></pre>\n" : "<pre><code>");
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                html.Append(WebUtility.HtmlEncode(raw)).Append('\n');
                continue;
            }

            var line = raw.Trim();
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush(html, paragraph, ref list);
                var level = heading.Groups[1].Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(heading.Groups[2].Value)).Append("</h").Append(level).Append(">\n");
            }
            else if (Item().Match(line) is { Success: true } item)
            {
                FlushParagraph(html, paragraph);
                var kind = char.IsDigit(line[0]) ? "ol" : "ul";
                if (list != kind)
                {
                    CloseList(html, ref list);
                    html.Append('<').Append(kind).Append(">\n");
                    list = kind;
                }

                html.Append("<li>").Append(Inline(item.Groups[1].Value)).Append("</li>\n");
            }
            else if (line.Length == 0)
            {
                Flush(html, paragraph, ref list);
            }
            else
            {
                CloseList(html, ref list);
                paragraph.Add(line);
            }
        }

        if (inCode)
        {
            html.Append("</code></pre>\n");
        }

        Flush(html, paragraph, ref list);
        return html.ToString();
    }

    private static void Flush(StringBuilder html, List<string> paragraph, ref string? list)
    {
        FlushParagraph(html, paragraph);
        CloseList(html, ref list);
    }

    private static void FlushParagraph(StringBuilder html, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>\n");
            paragraph.Clear();
        }
    }

    private static void CloseList(StringBuilder html, ref string? list)
    {
        if (list is not null)
        {
            html.Append("</").Append(list).Append(">\n");
            list = null;
        }
    }

    private static string Inline(string text)
    {
        var escaped = WebUtility.HtmlEncode(text);
        escaped = Code().Replace(escaped, "<code>$1</code>");
        escaped = Bold().Replace(escaped, "<strong>$1</strong>");
        escaped = Italic().Replace(escaped, "<em>$1</em>");
        return Link().Replace(escaped, m => m.Groups[2].Value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            ? m.Groups[1].Value
            : $"<a href=\"{m.Groups[2].Value}\">{m.Groups[1].Value}</a>");
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+(.*)$")]
    private static partial Regex Item();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![*\w])\*([^*]+)\*(?![*\w])|(?<!\w)_([^_]+)_(?!\w)")]
    private static partial Regex Italic();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
