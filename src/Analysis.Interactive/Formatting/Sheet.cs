using System.Net;

namespace Analysis.Interactive;

/// <summary>
/// What a formatter shows for one value: a heading, lines of summary and tables, written as HTML (with the table
/// styles once at the end) or as plain text.
/// </summary>
internal sealed class Sheet(string heading)
{
    private readonly List<object> _parts = [];

    public void Line(string text) => _parts.Add(text);

    public void Add(Table table) => _parts.Add(table);

    public void WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"analysis-sheet\">");
        writer.Write($"<p class=\"analysis-heading\"><strong>{WebUtility.HtmlEncode(heading)}</strong></p>");
        foreach (var part in _parts)
        {
            if (part is Table table)
            {
                table.WriteHtml(writer);
            }
            else
            {
                writer.Write($"<p>{WebUtility.HtmlEncode((string)part)}</p>");
            }
        }

        writer.Write("</div>");
        writer.Write(Styles.Block);
    }

    public void WriteText(TextWriter writer)
    {
        writer.Write(heading);
        writer.Write('\n');
        foreach (var part in _parts)
        {
            if (part is Table table)
            {
                writer.Write('\n');
                table.WriteText(writer);
            }
            else
            {
                writer.Write((string)part);
                writer.Write('\n');
            }
        }
    }

    public string Html()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteHtml(writer);
        return writer.ToString();
    }

    public string Text()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteText(writer);
        return writer.ToString();
    }
}
