using Analysis.Data.Geography;
using Analysis.Interactive;

namespace Analysis.Reports;

/// <summary>
/// An area's page (region, ICB, sub-ICB location or PCN): its GP supply against the England rate, every indicator at
/// its level against England, its practices on the headline indicator as a caterpillar chart, the areas within it, and
/// (for sub-ICB locations and PCNs) its practices.
/// </summary>
internal static class AreaPage
{
    private const string Root = "../";

    public static void Write(HtmlText h, ReportModel model, AreaNode area)
    {
        var trail = PageShell.Trail(area.Parent);
        trail.Add((null, area.Name.Length == 0 ? area.Code : area.Name));
        var chart = Chart(model, area);
        PageShell.Begin(h, model, Root, area.Label, chart is not null, trail);
        h.Raw("<h1>").Text(area.Name.Length == 0 ? area.Code : area.Name).Raw(" <span class=\"code\">").Raw(SitePaths.Name(area.Level)).Raw(" ").Text(area.Code).Raw("</span></h1>\n");
        Supply(h, model, area);
        var level = model.Levels[area.EngineLevel];
        h.Raw("<h2 id=\"scorecard\">Scorecard</h2>\n");
        ScorecardTable.Write(h, model, level, area.Code, Root, $"Indicators for {SitePaths.Name(area.Level)} {area.Label} against England",
            (_, v) => ValueExplainer.ForArea(v, model.Request.Period));
        if (chart is not null)
        {
            var d = model.HeadlineDefinition!;
            h.Raw("<h2 id=\"practices-chart\">Practices on ").Text(d.Id).Raw("</h2>\n<figure class=\"chart\">\n").Raw(chart)
                .Raw("<figcaption>The area's practices ranked by ").Text(d.Title).Raw(", each with its confidence interval, against England (dashed). ")
                .Raw("Upward and downward triangles mark practices significantly above or below England; the practice table below lists the values.</figcaption>\n</figure>\n");
        }

        if (area.Children.Count > 0)
        {
            Children(h, model, area);
        }

        if (area.Level is AreaLevel.SubIcb or AreaLevel.Pcn)
        {
            Practices(h, model, area);
        }

        PageShell.End(h, model, Root);
    }

    private static void Supply(HtmlText h, ReportModel model, AreaNode area)
    {
        h.Raw("<dl class=\"facts\">\n<div><dt>Practices</dt><dd>").Text(ValueText.Count(area.Practices.Count)).Raw("</dd></div>\n");
        if (area.Supply is { } s && model.SupplyMonth is { } month)
        {
            var ranked = model.Supply[area.Level];
            var position = ranked.TakeWhile(a => a.Area?.Code != area.Code).Count() + 1;
            h.Raw("<div><dt>Fully qualified GP FTE per 10,000 weighted patients</dt><dd>").Text(ValueText.Number(s.GpFtePer10kWeighted))
                .Raw(" <span class=\"hint\">(England ").Text(ValueText.Number(model.EnglandSupply!.GpFtePer10kWeighted)).Raw(", ").Text(month.ToString()).Raw(")</span></dd></div>\n")
                .Raw("<div><dt>GP FTE shortfall against the England rate</dt><dd>").Text(ValueText.Fte(s.Shortfall)).Raw(" FTE (").Text(ValueText.Percent(s.ShortfallPercent))
                .Raw(") <span class=\"hint\">").Raw(s.Shortfall > 0 ? "under-doctored" : "at or above the England rate").Raw("</span></dd></div>\n")
                .Raw("<div><dt>Under-doctored rank</dt><dd>").Text(ValueText.Count(position)).Raw(" of ").Text(ValueText.Count(ranked.Count)).Raw(" ")
                .Text(SitePaths.Plural(area.Level)).Raw(" <span class=\"hint\">(1 is the largest shortfall %)</span></dd></div>\n");
        }
        else
        {
            h.Raw("<div><dt>GP FTE against need</dt><dd>").Text(model.SupplyMonth is null ? Availability.Supply(model.Panel.Coverage) : "No practice here had both GP FTE and weighted patients in " + model.SupplyMonth)
                .Raw("</dd></div>\n");
        }

        h.Raw("</dl>\n");
    }

    private static void Children(HtmlText h, ReportModel model, AreaNode area)
    {
        var tier = area.Children[0].Level;
        var caption = $"{SitePaths.Plural(tier)} in {area.Label}";
        h.Raw("<h2 id=\"areas\">").Text(SitePaths.Plural(tier)).Raw("</h2>\n");
        AreaTable.Write(h, model, area.Children, Root, caption, ranked: false);
    }

    private static void Practices(HtmlText h, ReportModel model, AreaNode area)
    {
        var level = model.Levels[Level.Practice];
        var d = model.HeadlineDefinition;
        h.Raw("<h2 id=\"practices\">Practices</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Practices in this area\" tabindex=\"0\">\n<table>\n<caption>Practices in ")
            .Text(area.Label).Raw("</caption>\n<thead><tr><th scope=\"col\">Practice</th>");
        if (d is not null)
        {
            h.Raw("<th scope=\"col\">").Text(d.Id).Raw(" ").Text(d.Title).Raw("</th><th scope=\"col\">Compared with England</th>");
        }

        h.Raw("</tr></thead>\n<tbody>\n");
        foreach (var p in area.Practices)
        {
            h.Raw("<tr><th scope=\"row\">").Link(Root + p.Path, p.Label).Raw("</th>");
            if (d is not null)
            {
                var v = level.Value(model.Headline, p.Code);
                h.Raw("<td class=\"num\">").Text(ValueText.Number(v?.Value)).Raw("</td>");
                ComparisonText.Cell(h, v);
            }

            h.Raw("</tr>\n");
        }

        h.Raw("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>The area's practices on the headline indicator, ranked with their intervals.</summary>
    private static string? Chart(ReportModel model, AreaNode area)
    {
        if (!model.HasHeadline)
        {
            return null;
        }

        var level = model.Levels[Level.Practice];
        var values = area.Practices.Select(p => level.Value(model.Headline, p.Code)).Where(v => v?.Value is not null).Select(v => v!).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var results = level.Latest with { Indicators = [model.HeadlineDefinition!], Values = values, Coverage = [] };
        return Charts.Caterpillar(results, model.HeadlineDefinition!.Id, new ChartOptions { Height = 420 }).HtmlFragment("practices-chart-figure");
    }
}
