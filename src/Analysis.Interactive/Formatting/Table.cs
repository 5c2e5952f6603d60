using System.Globalization;
using System.Net;

namespace Analysis.Interactive;

/// <summary>
/// A table as both outputs show it: HTML with a caption, column headers, row headers and the total count under the
/// first rows; and aligned plain text with the same content. One model, two renderings, so the two cannot drift.
/// </summary>
internal sealed class Table(string caption, params string[] headers)
{
    private readonly List<Cell[]> _rows = [];

    public string Caption { get; } = caption;

    public IReadOnlyList<string> Headers { get; } = headers;

    /// <summary>Under the rows, such as "… 6,300 rows in all".</summary>
    public string? Footer { get; set; }

    public int Count => _rows.Count;

    public void Add(params Cell[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {Headers.Count} columns ({Caption})", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Says how many rows there are in all when only the first were added.</summary>
    public void Shown(int total)
    {
        if (total > _rows.Count)
        {
            Footer = string.Create(CultureInfo.InvariantCulture, $"… {total:#,0} rows in all; the first {_rows.Count} shown");
        }
    }

    public void WriteHtml(TextWriter writer)
    {
        writer.Write("<table class=\"analysis-table\">");
        writer.Write($"<caption>{WebUtility.HtmlEncode(Caption)}</caption>");
        writer.Write("<thead><tr>");
        foreach (var header in Headers)
        {
            writer.Write($"<th scope=\"col\">{WebUtility.HtmlEncode(header)}</th>");
        }

        writer.Write("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            writer.Write("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                var classes = string.Join(' ', new[] { cell.Numeric ? "num" : null, cell.Style }.Where(c => c is not null));
                var attribute = classes.Length == 0 ? string.Empty : $" class=\"{classes}\"";
                writer.Write($"<{tag}{attribute}>{WebUtility.HtmlEncode(cell.Text)}</{(i == 0 ? "th" : "td")}>");
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody>");
        if (Footer is not null)
        {
            writer.Write($"<tfoot><tr><td colspan=\"{Headers.Count}\">{WebUtility.HtmlEncode(Footer)}</td></tr></tfoot>");
        }

        writer.Write("</table>");
    }

    public void WriteText(TextWriter writer)
    {
        var widths = Headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Text.Length))).ToArray();
        writer.Write(Caption);
        writer.Write('\n');
        writer.Write(string.Join("  ", Headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        writer.Write('\n');
        writer.Write(string.Join("  ", widths.Select(w => new string('-', w))));
        writer.Write('\n');
        foreach (var row in _rows)
        {
            writer.Write(string.Join("  ", row.Select((c, i) => c.Numeric ? c.Text.PadLeft(widths[i]) : c.Text.PadRight(widths[i]))).TrimEnd());
            writer.Write('\n');
        }

        if (Footer is not null)
        {
            writer.Write(Footer);
            writer.Write('\n');
        }
    }
}
