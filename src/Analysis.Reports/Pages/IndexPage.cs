using System.Globalization;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Interactive;

namespace Analysis.Reports;

/// <summary>
/// The site's front page: England's GP supply and every indicator's England value, the league tables of ICBs and
/// sub-ICB locations by GP FTE shortfall, the deprivation gradient of the headline indicator, ICBs compared on it,
/// the regions, and how completely each dataset covers the practices.
/// </summary>
internal static class IndexPage
{
    private const string Root = "";

    public static void Write(HtmlText h, ReportModel model)
    {
        var gradient = Gradient(model);
        var icbs = IcbChart(model);
        PageShell.Begin(h, model, Root, "Where is England under-doctored?", gradient is not null || icbs is not null, []);
        h.Raw("<h1>Where is England under-doctored?</h1>\n<p class=\"lead\">GP practice scorecards for ").Text(ValueText.Count(model.Practices.Count))
            .Raw(" practices: fully qualified GPs against the need of the patients registered with them (Carr-Hill weighted patients), ")
            .Raw("and ").Text(ValueText.Count(model.Indicators.Count)).Raw(" indicators compared with England. Search for a practice or area above, or start from a table below.</p>\n");
        England(h, model);
        h.Raw("<section aria-labelledby=\"league\">\n<h2 id=\"league\">Under-doctored areas</h2>\n");
        if (model.SupplyMonth is { } month)
        {
            h.Raw("<p>Shortfall: the fully qualified GP FTE an area would have at England's rate per weighted patient in ").Text(month.ToString())
                .Raw(", minus the FTE it has. A positive shortfall means fewer GPs than England's rate for the area's need; the most under-doctored come first.</p>\n");
            h.Raw("<h3 id=\"league-icb\">ICBs</h3>\n");
            AreaTable.League(h, model, AreaLevel.Icb, Root, $"ICBs by GP FTE shortfall against the England rate, {month}");
            h.Raw("<h3 id=\"league-sub-icb\">Sub-ICB locations</h3>\n");
            AreaTable.League(h, model, AreaLevel.SubIcb, Root, $"Sub-ICB locations by GP FTE shortfall against the England rate, {month}");
        }
        else
        {
            h.Raw("<p class=\"na\">").Text(Availability.Supply(model.Panel.Coverage)).Raw("</p>\n");
        }

        h.Raw("</section>\n");
        GradientSection(h, model, gradient);
        if (icbs is not null)
        {
            h.Raw("<section aria-labelledby=\"icb-chart\">\n<h2 id=\"icb-chart\">ICBs on ").Text(model.HeadlineDefinition!.Id).Raw("</h2>\n<figure class=\"chart\">\n").Raw(icbs)
                .Raw("<figcaption>ICBs ranked by ").Text(model.HeadlineDefinition.Title).Raw(" with their confidence intervals, against England (dashed); the ICB league table above lists the same areas.</figcaption>\n</figure>\n</section>\n");
        }

        Regions(h, model);
        Coverage(h, model);
        PageShell.End(h, model, Root);
    }

    private static void England(HtmlText h, ReportModel model)
    {
        h.Raw("<section aria-labelledby=\"england\">\n<h2 id=\"england\">England</h2>\n");
        if (model.EnglandSupply is { } e && model.SupplyMonth is { } month)
        {
            h.Raw("<dl class=\"facts\">\n<div><dt>Practices with GPs and weighted patients</dt><dd>").Text(ValueText.Count(e.Practices)).Raw("</dd></div>\n")
                .Raw("<div><dt>Fully qualified GP FTE</dt><dd>").Text(ValueText.Fte(e.QualifiedGpFte)).Raw("</dd></div>\n")
                .Raw("<div><dt>Weighted patients</dt><dd>").Text(ValueText.Count((double)e.WeightedPatients)).Raw("</dd></div>\n")
                .Raw("<div><dt>GP FTE per 10,000 weighted patients</dt><dd>").Text(ValueText.Number(e.GpFtePer10kWeighted)).Raw(" <span class=\"hint\">(").Text(month.ToString()).Raw(")</span></dd></div>\n</dl>\n");
        }

        var caption = "Every indicator's value for England in its latest month";
        var practices = model.Levels[Level.Practice].Latest.Coverage;
        var level = model.Levels[Level.England];
        h.Raw("<div class=\"table-wrap\" role=\"region\" aria-label=\"").Text(caption).Raw("\" tabindex=\"0\">\n<table>\n<caption>").Text(caption)
            .Raw("</caption>\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">England</th><th scope=\"col\">").Raw(ScorecardTable.Ci(model))
            .Raw("</th><th scope=\"col\">Practices with a value</th><th scope=\"col\">Trend</th><th scope=\"col\">Month</th></tr></thead>\n<tbody>\n");
        for (var k = 0; k < model.Indicators.Count; k++)
        {
            var d = model.Indicators[k];
            h.Raw("<tr><th scope=\"row\"><a href=\"").Raw(SitePaths.Methods).Raw("#").Text(d.Id).Raw("\">").Text(d.Id).Raw("</a> ").Text(d.Title).Raw("</th>");
            var v = model.England(k);
            if (model.Unavailable[k] is { } reason || v?.Value is null)
            {
                h.Raw("<td colspan=\"5\" class=\"na\">").Text(model.Unavailable[k] ?? ValueExplainer.ForArea(v, model.Request.Period)).Raw("</td></tr>\n");
                continue;
            }

            var c = practices[k];
            h.Raw("<td class=\"num\">").Text(ValueText.WithUnit(d, v.Value));
            if (d.ValueType == IndicatorValueType.Shortfall && v.Gap is { } gap)
            {
                h.Raw("<br><span class=\"gap\">").Text(ScorecardTable.Gap(d, gap, v.GapPercent, v.Target)).Raw("</span>");
            }

            h.Raw("</td><td class=\"num\">").Text(v.Lower is { } lo && v.Upper is { } hi ? ValueText.Number(lo) + " to " + ValueText.Number(hi) : ValueText.None)
                .Raw("</td><td class=\"num\">").Text(ValueText.Count(c.RowsUsed)).Raw(" of ").Text(ValueText.Count(c.RowsInPeriod)).Raw("</td><td class=\"trend\">");
            Sparkline.Write(h, level.Trend.For(k, v.AreaCode, v, model.Request.TrendYears));
            h.Raw("</td><td class=\"month\">").Text(v.Period.ToString()).Raw("</td></tr>\n");
        }

        h.Raw("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void GradientSection(HtmlText h, ReportModel model, string? chart)
    {
        h.Raw("<section aria-labelledby=\"gradient\">\n<h2 id=\"gradient\">Deprivation gradient</h2>\n");
        if (chart is null || model.Deciles is not { } deciles)
        {
            var why = model.HasHeadline
                ? "Unavailable: " + model.Request.HeadlineIndicator + " has no value in any deprivation decile" + (Availability.IsAbsent(model.Panel.Coverage, PanelDataset.Deprivation) ? " (no practice deprivation scores were loaded)" : string.Empty)
                : "Unavailable: the indicator library has no " + model.Request.HeadlineIndicator + ", the indicator this chart shows";
            h.Raw("<p class=\"na\">").Text(why).Raw("</p>\n</section>\n");
            return;
        }

        var d = model.HeadlineDefinition!;
        h.Raw("<figure class=\"chart\">\n").Raw(chart).Raw("<figcaption>").Text(d.Title).Raw(" in each national deprivation decile of practices (1 least deprived, 10 most), with the fitted slope index of inequality.");
        if (model.Inequality is { Sii: { } sii } ineq)
        {
            h.Raw(" The slope index is ").Text(ValueText.Number(sii));
            if (ineq.SiiLower is { } lo && ineq.SiiUpper is { } hi)
            {
                h.Raw(" (").Raw(ScorecardTable.Ci(model)).Raw(" ").Text(ValueText.Number(lo)).Raw(" to ").Text(ValueText.Number(hi)).Raw(")");
            }

            h.Raw(": the fitted difference from the least to the most deprived end").Raw(sii < 0 ? ", lower where more deprived." : ", higher where more deprived.");
        }

        h.Raw("</figcaption>\n</figure>\n");
        var rows = deciles.Values.Where(v => v.IndicatorId == d.Id).OrderBy(v => int.Parse(v.AreaCode, CultureInfo.InvariantCulture)).ToList();
        h.Raw("<details><summary>The values by decile as a table</summary>\n<table>\n<caption>").Text(d.Id + " " + d.Title).Raw(" by deprivation decile</caption>\n")
            .Raw("<thead><tr><th scope=\"col\">Decile</th><th scope=\"col\">Value</th><th scope=\"col\">").Raw(ScorecardTable.Ci(model)).Raw("</th><th scope=\"col\">Practices</th></tr></thead>\n<tbody>\n");
        foreach (var v in rows)
        {
            h.Raw("<tr><th scope=\"row\">").Text(v.AreaCode).Raw(v.AreaCode == "1" ? " (least deprived)" : v.AreaCode == "10" ? " (most deprived)" : string.Empty).Raw("</th><td class=\"num\">")
                .Text(ValueText.Number(v.Value)).Raw("</td><td class=\"num\">").Text(v.Lower is { } lo && v.Upper is { } hi ? ValueText.Number(lo) + " to " + ValueText.Number(hi) : ValueText.None)
                .Raw("</td><td class=\"num\">").Text(ValueText.Count(v.Practices)).Raw("</td></tr>\n");
        }

        h.Raw("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void Regions(HtmlText h, ReportModel model)
    {
        var regions = model.Areas[AreaLevel.Region];
        if (regions.Count == 0)
        {
            return;
        }

        h.Raw("<section aria-labelledby=\"regions\">\n<h2 id=\"regions\">Regions</h2>\n");
        AreaTable.Write(h, model, regions, Root, "NHS England regions", ranked: false);
        h.Raw("</section>\n");
    }

    private static void Coverage(HtmlText h, ReportModel model)
    {
        var caption = "Practice-months each dataset covers";
        h.Raw("<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">Data coverage</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"").Text(caption).Raw("\" tabindex=\"0\">\n<table>\n<caption>")
            .Text(caption).Raw("</caption>\n<thead><tr><th scope=\"col\">Dataset</th><th scope=\"col\">Covered</th><th scope=\"col\">Missing, by reason</th></tr></thead>\n<tbody>\n");
        foreach (var dataset in Enum.GetValues<PanelDataset>())
        {
            h.Raw("<tr><th scope=\"row\">").Text(DatasetNames.Title(dataset)).Raw("</th>");
            var c = model.Panel.Coverage.Datasets.FirstOrDefault(c => c.Dataset == dataset);
            if (c is null || Availability.IsAbsent(model.Panel.Coverage, dataset))
            {
                h.Raw("<td class=\"na\">Unavailable: no file of this publication was loaded</td><td></td></tr>\n");
                continue;
            }

            h.Raw("<td class=\"num\">").Text(ValueText.Count(c.Covered)).Raw(" of ").Text(ValueText.Count(c.PracticeMonths)).Raw(" (").Text(ValueText.Percent(c.Share * 100)).Raw(")</td>");
            h.Raw("<td>").Text(string.Join("; ", c.Missing.Where(m => m.Value > 0).OrderByDescending(m => m.Value).ThenBy(m => m.Key)
                .Select(m => DatasetNames.Reason(m.Key) + ": " + ValueText.Count(m.Value)))).Raw("</td></tr>\n");
        }

        h.Raw("</tbody>\n</table>\n</div>\n");
        var unreadable = model.Request.Data.Unreadable;
        if (unreadable.Count > 0)
        {
            h.Raw("<p>Files that could not be read, and left out:</p>\n<ul class=\"unreadable\">\n");
            foreach (var f in unreadable.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                h.Raw("<li>").Text(f.Reason).Raw("</li>\n");
            }

            h.Raw("</ul>\n");
        }

        h.Raw("</section>\n");
    }

    private static string? Gradient(ReportModel model)
    {
        if (model.Deciles is not { } deciles || !deciles.Values.Any(v => v.Value is not null))
        {
            return null;
        }

        return Charts.DeprivationGradient(deciles, model.HeadlineDefinition!.Id, model.Inequality, new ChartOptions { Height = 440 }).HtmlFragment("gradient-chart");
    }

    private static string? IcbChart(ReportModel model)
    {
        if (!model.HasHeadline)
        {
            return null;
        }

        var icbs = model.Levels[Level.Icb].Latest;
        var id = model.HeadlineDefinition!.Id;
        if (!icbs.Values.Any(v => v.IndicatorId == id && v.Value is not null))
        {
            return null;
        }

        return Charts.Caterpillar(icbs, id, new ChartOptions { Height = 760 }).HtmlFragment("icb-chart-figure");
    }
}
