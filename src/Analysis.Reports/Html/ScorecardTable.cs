using System.Globalization;

namespace Analysis.Reports;

/// <summary>
/// The scorecard: one row per indicator, grouped by domain, with the value and unit (and a shortfall's gap against
/// its target), its interval, England's value, the comparison as colour plus a word and a direction symbol, the quintile among the
/// level's areas, the trend over the last years and the month; an indicator without a value says why instead.
/// </summary>
internal static class ScorecardTable
{
    private static readonly Domain?[] DomainOrder =
        [Domain.Workforce, Domain.Shortfall, Domain.Access, Domain.Quality, Domain.Prevalence, Domain.Context, null];

    /// <summary>Writes the table for one area (a practice code, an area code, or England's).</summary>
    /// <param name="h">Where to write.</param>
    /// <param name="model">The computed report.</param>
    /// <param name="level">The level's results.</param>
    /// <param name="area">The area's code.</param>
    /// <param name="root">The relative path to the site root.</param>
    /// <param name="caption">The table's caption.</param>
    /// <param name="missing">Why indicator k has no value for the area (given its value entry, null when absent).</param>
    public static void Write(HtmlText h, ReportModel model, LevelData level, string area, string root, string caption, Func<int, IndicatorValue?, string> missing)
    {
        var indicators = model.Indicators;
        h.Raw("<div class=\"table-wrap\" role=\"region\" aria-label=\"").Text(caption).Raw("\" tabindex=\"0\">\n<table class=\"scorecard\">\n<caption>").Text(caption)
            .Raw("</caption>\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Value</th><th scope=\"col\">")
            .Raw(Ci(model)).Raw("</th><th scope=\"col\">England</th><th scope=\"col\">Compared with England</th>")
            .Raw("<th scope=\"col\">Quintile <span class=\"hint\">(1–5)</span></th><th scope=\"col\">Trend</th><th scope=\"col\">Month</th></tr></thead>\n");
        foreach (var domain in DomainOrder)
        {
            var first = true;
            for (var k = 0; k < indicators.Count; k++)
            {
                var d = indicators[k];
                if (d.Domain != domain)
                {
                    continue;
                }

                if (first)
                {
                    h.Raw("<tbody>\n<tr class=\"domain\"><th scope=\"rowgroup\" colspan=\"8\">").Raw(domain?.ToString() ?? "Other").Raw("</th></tr>\n");
                    first = false;
                }

                Row(h, model, level, k, d, area, root, missing);
            }

            if (!first)
            {
                h.Raw("</tbody>\n");
            }
        }

        h.Raw("</table>\n</div>\n");
        Legend(h);
    }

    /// <summary>The key under every scorecard: what the symbols, colours and quintiles mean.</summary>
    public static void Legend(HtmlText h) =>
        h.Raw("<p class=\"legend\">Compared with England at 95% confidence: <span class=\"c-better\"><span aria-hidden=\"true\">▲▼</span> Better</span> ")
            .Raw("<span class=\"c-worse\"><span aria-hidden=\"true\">▲▼</span> Worse</span> <span class=\"c-similar\"><span aria-hidden=\"true\">●</span> Similar</span> ")
            .Raw("<span class=\"c-higher\"><span aria-hidden=\"true\">▲</span> Higher</span> <span class=\"c-lower\"><span aria-hidden=\"true\">▼</span> Lower</span> ")
            .Raw("(no better direction) <span class=\"c-none\"><span aria-hidden=\"true\">○</span> Not compared</span>. ")
            .Raw("▲ means significantly above England, ▼ below; \"Much\" means beyond 99.8% limits. Quintile 1 is the worst fifth of areas at this level ")
            .Raw("(the lowest fifth where no direction is better). Trends show the value at the end of each earlier financial year.</p>\n");

    private static void Row(HtmlText h, ReportModel model, LevelData level, int k, IndicatorDefinition d, string area, string root, Func<int, IndicatorValue?, string> missing)
    {
        h.Raw("<tr><th scope=\"row\"><a href=\"").Raw(root).Raw(SitePaths.Methods).Raw("#").Text(d.Id).Raw("\">").Text(d.Id).Raw("</a> ").Text(d.Title).Raw("</th>");
        if (model.Unavailable[k] is { } unavailable)
        {
            h.Raw("<td colspan=\"7\" class=\"na\">").Text(unavailable).Raw("</td></tr>\n");
            return;
        }

        var v = level.Value(k, area);
        if (v?.Value is not { } value)
        {
            h.Raw("<td colspan=\"7\" class=\"na\">").Text(missing(k, v)).Raw("</td></tr>\n");
            return;
        }

        h.Raw("<td class=\"num\">").Text(ValueText.WithUnit(d, value));
        if (d.ValueType == IndicatorValueType.Shortfall && v.Gap is { } gap)
        {
            h.Raw("<br><span class=\"gap\">").Text(Gap(d, gap, v.GapPercent, v.Target)).Raw("</span>");
        }

        h.Raw("</td><td class=\"num\">").Text(v.Lower is { } lo && v.Upper is { } hi ? ValueText.Number(lo) + " to " + ValueText.Number(hi) : ValueText.None).Raw("</td>");
        h.Raw("<td class=\"num\">").Text(ValueText.Number(v.England)).Raw("</td>");
        ComparisonText.Cell(h, v);
        h.Raw("<td>");
        if (v.Quintile is { } q)
        {
            h.Number(q);
            var words = ComparisonText.Quintile(d, q);
            if (words.Length > 0)
            {
                h.Raw(" <span class=\"hint\">").Raw(words).Raw("</span>");
            }
        }
        else
        {
            h.Raw(ValueText.None);
        }

        h.Raw("</td><td class=\"trend\">");
        Sparkline.Write(h, level.Trend.For(k, area, v, model.Request.TrendYears));
        h.Raw("</td><td class=\"month\">").Text(v.Period.ToString()).Raw("</td></tr>\n");
    }

    /// <summary>"Short by 1.2 FTE (14.0%) against a target of 6.10" or "Above the target of 5.00 by 0.8 FTE (3.0%)".</summary>
    public static string Gap(IndicatorDefinition d, double gap, double? percent, double? target)
    {
        var against = target is { } t ? " against a target of " + ValueText.Number(t) : string.Empty;
        var unit = string.IsNullOrWhiteSpace(d.Unit) ? string.Empty : " " + d.Unit;
        var share = percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Abs(p):0.0}%)") : string.Empty;
        return gap >= 0
            ? $"Short by {ValueText.Number(gap)}{unit}{share}{against}"
            : $"Over by {ValueText.Number(-gap)}{unit}{share}{against}";
    }

    public static string Ci(ReportModel model) =>
        ((model.Request.Engine ?? EngineOptions.Default).Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture) + "% CI";
}
