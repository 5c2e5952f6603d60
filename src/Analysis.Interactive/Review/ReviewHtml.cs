using System.Net;
using System.Text;
using Analysis.Indicators.Review;

namespace Analysis.Interactive.Review;

/// <summary>
/// A review as HTML: a whole page that opens offline (plotly.js inlined or from a local file), or a fragment for a
/// notebook cell or a site page that already loads plotly.js. Semantic sections, captioned tables with header
/// cells, verdicts marked in words as well as colour.
/// </summary>
public static class ReviewHtml
{
    private const string Style = """
        body { font-family: Arial, Helvetica, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; color: #1a1a1a; line-height: 1.45; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.92rem; }
        caption { text-align: left; font-style: italic; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.blocking th, tr.blocking td { background: #fbe3d6; }
        tr.advisory th, tr.advisory td { background: #fff4cc; }
        tr.pass th, tr.pass td { background: #e3f1e8; }
        tr.notassessed th, tr.notassessed td { background: #f4f4f4; }
        nav ol { columns: 2; }
        p.summary { font-weight: bold; font-size: 1.1rem; }
        """;

    /// <summary>A whole page; plotly.js is inlined when <paramref name="plotlySource"/> is null, else loaded from that local path.</summary>
    /// <exception cref="ArgumentException">The source is a web address (the page must open offline).</exception>
    public static string Page(ScriptReview review, string? plotlySource = null)
    {
        var document = ReviewDocument.Of(review);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(document.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n");
        html.Append(ChartOutput.PlotlyScriptTag(plotlySource));
        html.Append("</head>\n<body>\n");
        Body(html, document, review.Script);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The review's content without the page around it, for a page or notebook that has loaded plotly.js itself.</summary>
    public static string Fragment(ScriptReview review)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"indicator-review\">\n");
        Body(html, ReviewDocument.Of(review), review.Script);
        html.Append("</article>\n");
        return html.ToString();
    }

    private static void Body(StringBuilder html, ReviewDocument document, string script)
    {
        html.Append("<header>\n<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        html.Append("<p class=\"summary\">").Append(Encode(document.Summary)).Append("</p>\n");
        html.Append("<p>Script: <code>").Append(Encode(script)).Append("</code></p>\n");
        html.Append("<nav aria-label=\"Sections\">\n<ol>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Encode(section.Heading)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n</header>\n<main>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section aria-labelledby=\"").Append(section.Id).Append("\">\n");
            html.Append("<h2 id=\"").Append(section.Id).Append("\">").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReviewParagraph p:
                        html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                        break;
                    case ReviewTable t:
                        Table(html, t);
                        break;
                    case ReviewChart c:
                        html.Append("<figure>\n").Append(c.Build().HtmlFragment("review-" + c.Id)).Append("</figure>\n");
                        break;
                }
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n");
    }

    private static void Table(StringBuilder html, ReviewTable t)
    {
        html.Append("<table>\n<caption>").Append(Encode(t.Caption)).Append("</caption>\n<thead>\n<tr>");
        for (var i = 0; i < t.Headers.Count; i++)
        {
            html.Append("<th scope=\"col\"").Append(t.Numeric.Contains(i) ? " class=\"num\"" : string.Empty).Append('>').Append(Encode(t.Headers[i])).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var r = 0; r < t.Rows.Count; r++)
        {
            html.Append(t.RowClasses.TryGetValue(r, out var css) ? $"<tr class=\"{Encode(css)}\">" : "<tr>");
            var row = t.Rows[r];
            for (var i = 0; i < row.Count; i++)
            {
                var header = i == 0 && t.RowHeaders;
                var numeric = t.Numeric.Contains(i) ? " class=\"num\"" : string.Empty;
                html.Append(header ? "<th scope=\"row\"" : "<td").Append(numeric).Append('>').Append(Encode(row[i])).Append(header ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
