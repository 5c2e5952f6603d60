using System.Globalization;

namespace Analysis.Reports;

/// <summary>
/// A trend as a small inline SVG line (hidden from screen readers) beside its first and last values in text, and the
/// whole series in visually hidden text, so the trend reads without the picture.
/// </summary>
internal static class Sparkline
{
    private const double Width = 72;
    private const double Height = 20;
    private const double Pad = 2.5;

    public static void Write(HtmlText h, IReadOnlyList<TrendPoint> points)
    {
        if (points.Count < 2)
        {
            h.Raw(ValueText.None);
            return;
        }

        var min = points.Min(p => p.Value);
        var max = points.Max(p => p.Value);
        var span = max - min;
        var b = h.Builder;
        b.Append("<svg class=\"spark\" viewBox=\"0 0 72 20\" aria-hidden=\"true\"><polyline points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            var (x, y) = Position(i, points.Count, points[i].Value, min, span);
            if (i > 0)
            {
                b.Append(' ');
            }

            b.Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }

        var (lx, ly) = Position(points.Count - 1, points.Count, points[^1].Value, min, span);
        b.Append("\"/><circle cx=\"").Append(lx.ToString("0.#", CultureInfo.InvariantCulture))
            .Append("\" cy=\"").Append(ly.ToString("0.#", CultureInfo.InvariantCulture)).Append("\" r=\"2.2\"/></svg> ");
        b.Append("<span class=\"tr\">").Append(ValueText.Number(points[0].Value)).Append(" → ").Append(ValueText.Number(points[^1].Value)).Append("</span>");
        b.Append("<span class=\"vh\"> (trend: ");
        for (var i = 0; i < points.Count; i++)
        {
            b.Append(i > 0 ? "; " : string.Empty).Append(points[i].Month.ToString()).Append(' ').Append(ValueText.Number(points[i].Value));
        }

        b.Append(")</span>");
    }

    private static (double X, double Y) Position(int i, int count, double value, double min, double span)
    {
        var x = Pad + ((Width - (2 * Pad)) * i / (count - 1));
        var y = span > 0 ? Height - Pad - ((Height - (2 * Pad)) * (value - min) / span) : Height / 2;
        return (x, y);
    }
}
