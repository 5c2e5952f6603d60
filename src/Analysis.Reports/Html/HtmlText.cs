using System.Globalization;
using System.Text;

namespace Analysis.Reports;

/// <summary>
/// Appends HTML to a reused <see cref="StringBuilder"/>: text and attribute values escaped as they go, numbers in the
/// invariant culture. One per page writer thread, cleared between pages, so 6,000 pages cost no builder allocations.
/// </summary>
internal sealed class HtmlText
{
    public HtmlText(int capacity = 64 * 1024) => Builder = new StringBuilder(capacity);

    public StringBuilder Builder { get; }

    public void Clear() => Builder.Clear();

    /// <summary>Markup written as given: only for literals and text this code made safe.</summary>
    public HtmlText Raw(string markup)
    {
        Builder.Append(markup);
        return this;
    }

    public HtmlText Raw(char c)
    {
        Builder.Append(c);
        return this;
    }

    /// <summary>Text that may hold &lt;, &amp; or quotes (names from the data), escaped for element content and attribute values alike.</summary>
    public HtmlText Text(string? text)
    {
        if (text is null)
        {
            return this;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (escaped is not null)
            {
                Builder.Append(text, start, i - start).Append(escaped);
                start = i + 1;
            }
        }

        Builder.Append(text, start, text.Length - start);
        return this;
    }

    public HtmlText Number(int value)
    {
        Builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An element holding escaped text: <c>&lt;td&gt;text&lt;/td&gt;</c>, with an optional class.</summary>
    public HtmlText Element(string tag, string? text, string? cssClass = null)
    {
        Builder.Append('<').Append(tag);
        if (cssClass is not null)
        {
            Builder.Append(" class=\"").Append(cssClass).Append('"');
        }

        Builder.Append('>');
        Text(text);
        Builder.Append("</").Append(tag).Append(">");
        return this;
    }

    /// <summary>A link to a page of the site (<paramref name="href"/> is made by this code, never by the data).</summary>
    public HtmlText Link(string href, string text)
    {
        Builder.Append("<a href=\"").Append(href).Append("\">");
        Text(text);
        Builder.Append("</a>");
        return this;
    }

    public HtmlText Line(string markup)
    {
        Builder.Append(markup).Append('\n');
        return this;
    }
}
