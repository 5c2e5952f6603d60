using Analysis.Data.Geography;
using Analysis.Data.Summaries;

namespace Analysis.Reports;

/// <summary>
/// Areas with their GP supply against need: practices, fully qualified GP FTE, weighted patients, FTE per 10,000
/// weighted patients, the shortfall against the England rate in FTE and per cent, and how the headline indicator
/// compares with England. The index's league tables rank areas by shortfall; area pages list the areas within.
/// </summary>
internal static class AreaTable
{
    /// <summary>
    /// The league table of a tier: every area, the largest shortfall % first. Practices the data places in no area
    /// of the tier count towards England but are not ranked as if they were an area; a note says how many.
    /// </summary>
    public static void League(HtmlText h, ReportModel model, AreaLevel tier, string root, string caption)
    {
        var supply = model.Supply[tier];
        Write(h, model, supply.Where(s => s.Area is not null).Select(s => (model.Area(tier, s.Area!.Code), (AreaSupply?)s, (Area?)s.Area)), tier, root, caption, ranked: true);
        if (supply.FirstOrDefault(s => s.Area is null) is { } unknown)
        {
            h.Raw("<p class=\"hint\">").Text(ValueText.Count(unknown.Practices)).Raw(unknown.Practices == 1 ? " practice" : " practices")
                .Raw(" with no ").Raw(SitePaths.Name(tier)).Raw(" in the data (").Text(ValueText.Fte(unknown.QualifiedGpFte)).Raw(" GP FTE) count towards England but are not ranked.</p>\n");
        }
    }

    /// <summary>The areas given, in the order given, each with its supply where it had any.</summary>
    public static void Write(HtmlText h, ReportModel model, IReadOnlyList<AreaNode> areas, string root, string caption, bool ranked) =>
        Write(h, model, areas.Select(a => ((AreaNode?)a, a.Supply, (Area?)new Area(a.Level, a.Code, a.Name))), areas.Count > 0 ? areas[0].Level : AreaLevel.Icb, root, caption, ranked);

    private static void Write(HtmlText h, ReportModel model, IEnumerable<(AreaNode? Node, AreaSupply? Supply, Area? Area)> rows, AreaLevel tier, string root, string caption, bool ranked)
    {
        var d = model.HeadlineDefinition;
        var level = model.Levels[SitePaths.EngineLevel(tier)];
        h.Raw("<div class=\"table-wrap\" role=\"region\" aria-label=\"").Text(caption).Raw("\" tabindex=\"0\">\n<table class=\"areas\">\n<caption>").Text(caption).Raw("</caption>\n<thead><tr>");
        if (ranked)
        {
            h.Raw("<th scope=\"col\">Rank</th>");
        }

        h.Raw("<th scope=\"col\">").Raw(SitePaths.Name(tier)).Raw("</th><th scope=\"col\">Practices</th><th scope=\"col\">GP FTE</th><th scope=\"col\">Weighted patients</th>")
            .Raw("<th scope=\"col\">GP FTE per 10,000 weighted patients</th><th scope=\"col\">Shortfall (FTE)</th><th scope=\"col\">Shortfall %</th>");
        if (d is not null)
        {
            h.Raw("<th scope=\"col\">").Text(d.Id).Raw(" compared with England</th>");
        }

        h.Raw("</tr></thead>\n<tbody>\n");
        var rank = 0;
        foreach (var (node, supply, area) in rows)
        {
            rank++;
            h.Raw("<tr>");
            if (ranked)
            {
                h.Raw("<td class=\"num\">").Number(rank).Raw("</td>");
            }

            h.Raw("<th scope=\"row\">");
            var label = area is null ? "(area not known)" : area.Name.Length == 0 ? area.Code : area.Code + " " + area.Name;
            if (node is not null)
            {
                h.Link(root + node.Path, label);
            }
            else
            {
                h.Text(label);
            }

            h.Raw("</th>");
            if (supply is { } s)
            {
                h.Raw("<td class=\"num\">").Text(ValueText.Count(s.Practices)).Raw("</td><td class=\"num\">").Text(ValueText.Fte(s.QualifiedGpFte))
                    .Raw("</td><td class=\"num\">").Text(ValueText.Count((double)s.WeightedPatients)).Raw("</td><td class=\"num\">").Text(ValueText.Number(s.GpFtePer10kWeighted))
                    .Raw("</td><td class=\"num\">").Text(ValueText.Fte(s.Shortfall)).Raw("</td><td class=\"num\">").Text(ValueText.Percent(s.ShortfallPercent)).Raw("</td>");
            }
            else
            {
                h.Raw("<td class=\"num\">").Text(ValueText.Count(node?.Practices.Count ?? 0)).Raw("</td><td colspan=\"5\" class=\"na\">No GP FTE and weighted patients in the same month</td>");
            }

            if (d is not null)
            {
                var v = area is null ? null : level.Value(model.Headline, area.Code);
                ComparisonText.Cell(h, v?.Period == model.SupplyMonth || model.SupplyMonth is null ? v : null);
            }

            h.Raw("</tr>\n");
        }

        h.Raw("</tbody>\n</table>\n</div>\n");
    }
}
