using System.Globalization;
using Analysis.Data.Panels;
using Analysis.Interactive;

namespace Analysis.Reports;

/// <summary>
/// A practice's scorecard page: where it sits (PCN, sub-ICB, ICB, region), a few facts about its list and GPs, every
/// indicator against England, and the headline indicator's trend as a chart.
/// </summary>
internal static class PracticePage
{
    private const string Root = "../";

    public static void Write(HtmlText h, ReportModel model, PracticeNode practice)
    {
        var trail = PageShell.Trail(practice.Pcn ?? practice.SubIcb ?? practice.Icb ?? practice.Region);
        trail.Add((null, practice.Name));
        var chart = Chart(model, practice);
        PageShell.Begin(h, model, Root, practice.Label, chart is not null, trail);
        h.Raw("<h1>").Text(practice.Name).Raw(" <span class=\"code\">").Text(practice.Code).Raw("</span></h1>\n");
        Facts(h, model, practice);
        var level = model.Levels[Level.Practice];
        h.Raw("<h2 id=\"scorecard\">Scorecard</h2>\n");
        ScorecardTable.Write(h, model, level, practice.Code, Root, "Indicators for " + practice.Label + " against England",
            (k, v) => model.Explainer.ForPractice(k, model.Indicators[k], practice, v, model.Request.Period));
        if (chart is not null)
        {
            var d = model.HeadlineDefinition!;
            h.Raw("<h2 id=\"trend\">Trend: ").Text(d.Title).Raw("</h2>\n<figure class=\"chart\">\n").Raw(chart)
                .Raw("<figcaption>").Text(d.Id).Raw(" for this practice at the end of each financial year and in its latest month, with England's value dashed. ")
                .Raw("The values are in the scorecard row above; hover a point for its interval.</figcaption>\n</figure>\n");
        }

        PageShell.End(h, model, Root);
    }

    private static void Facts(HtmlText h, ReportModel model, PracticeNode practice)
    {
        var panel = model.Panel;
        h.Raw("<dl class=\"facts\">\n");
        foreach (var area in new[] { practice.Pcn, practice.SubIcb, practice.Icb, practice.Region })
        {
            if (area is not null)
            {
                h.Raw("<div><dt>").Raw(SitePaths.Name(area.Level)).Raw("</dt><dd>").Link(Root + area.Path, area.Label).Raw("</dd></div>\n");
            }
        }

        Fact(h, "Registered patients", practice.Latest(panel, r => r.RegisteredPatients is not null), r => ValueText.Count((double)r.RegisteredPatients!.Value), r => r.Month.ToString());
        Fact(h, "Weighted patients (Carr-Hill)", practice.Latest(panel, r => r.WeightedPatients is not null), r => ValueText.Count((double)r.WeightedPatients!.Value), r => r.Month.FinancialYear.ToString());
        Fact(h, "Fully qualified GPs (FTE)", practice.Latest(panel, r => r.Workforce?.QualifiedGpFte is not null), r => ValueText.Fte(r.Workforce!.QualifiedGpFte!.Value), r => r.Month.ToString());
        Fact(h, "Deprivation decile", practice.Latest(panel, r => r.DeprivationDecile is not null),
            r => r.DeprivationDecile!.Value.ToString(CultureInfo.InvariantCulture) + " of 10", _ => "1 least, 10 most deprived");
        h.Raw("</dl>\n");
    }

    private static void Fact(HtmlText h, string name, PanelRow? row, Func<PanelRow, string> value, Func<PanelRow, string> when)
    {
        h.Raw("<div><dt>").Raw(name).Raw("</dt><dd>");
        if (row is null)
        {
            h.Raw("not in the data");
        }
        else
        {
            h.Text(value(row)).Raw(" <span class=\"hint\">(").Text(when(row)).Raw(")</span>");
        }

        h.Raw("</dd></div>\n");
    }

    /// <summary>The headline indicator's values for the practice at the trend year-ends and its latest month, drawn against England.</summary>
    private static string? Chart(ReportModel model, PracticeNode practice)
    {
        if (!model.HasHeadline)
        {
            return null;
        }

        var level = model.Levels[Level.Practice];
        var latest = level.Value(model.Headline, practice.Code);
        if (latest?.Value is null || !level.Headline.TryGetValue(practice.Code, out var all))
        {
            return null;
        }

        var series = TrendValues(all, latest, model.Request.TrendYears);
        var results = level.Latest with { Indicators = [model.HeadlineDefinition!], Values = series, Coverage = [] };
        return Charts.TimeSeries(results, model.HeadlineDefinition!.Id, new ChartOptions { Height = 380, Highlight = [practice.Code] }).HtmlFragment("trend-chart");
    }

    /// <summary>The same points as the scorecard's trend: year-ends in the earlier years, then the latest value.</summary>
    internal static List<IndicatorValue> TrendValues(IReadOnlyList<IndicatorValue> all, IndicatorValue latest, int years)
    {
        var year = latest.Period.FinancialYear;
        var series = all.Where(v => v.Period.FinancialYear < year && v.Period.FinancialYear.StartYear >= year.StartYear - years).ToList();
        series.Add(latest);
        return series;
    }
}
