using System.Text;
using Analysis.Indicators.Review;

namespace Analysis.Interactive.Review;

/// <summary>
/// A review as GitHub-flavoured Markdown for CI to show (a job summary, a pull-request comment): headings and
/// tables with headers, readable as plain text, no HTML; charts are left to the HTML page.
/// </summary>
public static class ReviewMarkdown
{
    /// <summary>The review as Markdown.</summary>
    public static string Render(ScriptReview review)
    {
        var document = ReviewDocument.Of(review);
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        md.Append("**").Append(Inline(document.Summary)).Append("**\n\n");
        md.Append("Script: `").Append(review.Script.Replace("`", "'", StringComparison.Ordinal)).Append("`\n");
        foreach (var section in document.Sections)
        {
            md.Append("\n## ").Append(Inline(section.Heading)).Append('\n');
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReviewParagraph p:
                        md.Append('\n').Append(Inline(p.Text)).Append('\n');
                        break;
                    case ReviewTable t:
                        Table(md, t);
                        break;
                }
            }
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, ReviewTable t)
    {
        md.Append("\n*").Append(Inline(t.Caption)).Append("*\n\n");
        md.Append("| ").AppendJoin(" | ", t.Headers.Select(Cell)).Append(" |\n");
        md.Append('|').AppendJoin('|', t.Headers.Select((_, i) => t.Numeric.Contains(i) ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in t.Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }
    }

    /// <summary>A table cell: one line, pipes escaped, Markdown's emphasis characters kept literal.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inline(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        var escaped = new StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            if (c is '*' or '_' or '`' or '<' or '>' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
