using System.Globalization;

namespace Analysis.Reports;

/// <summary>
/// The methods page, generated from the indicators' own metadata: each indicator's definition, rationale, value type,
/// unit, polarity, interval, datasets and exclusions, with the coverage it had in this report; then how values are
/// compared, ranked, suppressed and trended.
/// </summary>
internal static class MethodsPage
{
    private const string Root = "";

    public static void Write(HtmlText h, ReportModel model)
    {
        PageShell.Begin(h, model, Root, "Methods", charts: false, [(SitePaths.Index, "England"), (null, "Methods")]);
        h.Raw("<h1>Methods</h1>\n<p class=\"lead\">How every number on this site is made. Each indicator below is described by its own script's metadata.</p>\n");
        h.Raw("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Indicators</h2>\n<ul class=\"columns\">\n");
        foreach (var d in model.Indicators)
        {
            h.Raw("<li><a href=\"#").Text(d.Id).Raw("\">").Text(d.Id).Raw("</a> ").Text(d.Title).Raw("</li>\n");
        }

        h.Raw("</ul>\n</nav>\n");
        General(h, model);
        for (var k = 0; k < model.Indicators.Count; k++)
        {
            Indicator(h, model, k);
        }

        PageShell.End(h, model, Root);
    }

    private static void General(HtmlText h, ReportModel model)
    {
        var options = model.Request.Engine ?? EngineOptions.Default;
        var ci = ScorecardTable.Ci(model);
        h.Raw("<section aria-labelledby=\"how\">\n<h2 id=\"how\">How values are made and compared</h2>\n<ul>\n")
            .Raw("<li><strong>Areas are ratios of sums.</strong> A PCN, sub-ICB location, ICB, region or England adds up its practices' numerators and denominators before dividing; only indicators of the mean type average practice values.</li>\n")
            .Raw("<li><strong>Intervals.</strong> ").Text(ci).Raw(": Wilson for proportions, exact Poisson below ").Text(ValueText.Number(options.ExactPoissonBelow))
            .Raw(" events and Byar's above for rates, Student's t for means; ratios of sums have none.</li>\n")
            .Raw("<li><strong>Compared with England.</strong> An area is better or worse (higher or lower where no direction is better) when its ").Text(ci).Raw(" does not include England's value, and similar when it does. A shortfall's value is the area's supply rate, compared with England's rate the same way (more supply is better); its gap is measured against the indicator's target. ▲ and ▼ show whether the value is above or below England; colour shows whether that is good, and the word says both.</li>\n")
            .Raw("<li><strong>Quintiles.</strong> The areas at a level are split into fifths by value (PHE's rank rule); 1 is the worst fifth, or the lowest where no direction is better.</li>\n")
            .Raw("<li><strong>Suppression.</strong> A value resting on a count of people or events below ").Text(ValueText.Number(options.SuppressBelow))
            .Raw(" is not shown, and says so.</li>\n")
            .Raw("<li><strong>Months.</strong> ").Raw(model.Request.Period is { } p ? "Every value is for " + p + "." : "Each indicator shows its latest month with data, so annual and monthly sources each report their latest.")
            .Raw(" Trends show the value at the end (March) of each of up to ").Number(model.Request.TrendYears).Raw(" earlier financial years, then the latest.</li>\n")
            .Raw("<li><strong>Shortfall.</strong> The supply an area would have at the target rate for its need, minus what it has: positive means short. The under-doctored tables use fully qualified GP FTE against Carr-Hill weighted patients at England's rate.</li>\n")
            .Raw("<li><strong>Missing data.</strong> A practice without a dataset in a month has no value for the indicators that need it; its scorecard says which dataset and why. An indicator no practice has a value for is marked unavailable with the reason.</li>\n")
            .Raw("</ul>\n</section>\n");
    }

    private static void Indicator(HtmlText h, ReportModel model, int k)
    {
        var d = model.Indicators[k];
        var coverage = model.Levels[Level.Practice].Latest.Coverage[k];
        h.Raw("<section class=\"indicator\" id=\"").Text(d.Id).Raw("\" aria-labelledby=\"h-").Text(d.Id).Raw("\">\n<h2 id=\"h-").Text(d.Id).Raw("\">")
            .Text(d.Id).Raw(" ").Text(d.Title).Raw("</h2>\n");
        if (model.Unavailable[k] is { } reason)
        {
            h.Raw("<p class=\"na\">").Text(reason).Raw("</p>\n");
        }

        h.Raw("<dl class=\"meta\">\n");
        Entry(h, "Definition", d.Definition ?? "Not given.");
        Entry(h, "Rationale", d.Rationale ?? "Not given.");
        Entry(h, "Domain", d.Domain?.ToString() ?? "Not given");
        Entry(h, "Value", Kind(d));
        Entry(h, "Unit", ValueText.UnitDescription(d) is { Length: > 0 } unit ? unit : "none");
        Entry(h, "Polarity", ComparisonText.Polarity(d));
        Entry(h, "Interval", Interval(d));
        Entry(h, "Datasets", d.Datasets.Count == 0 ? "Not declared" : string.Join(", ", d.Datasets.Select(DatasetNames.Title)));
        h.Raw("<div><dt>Exclusions</dt><dd>");
        if (d.Exclusions.Count == 0)
        {
            h.Raw("None");
        }
        else
        {
            h.Raw("<ul>");
            foreach (var e in d.Exclusions)
            {
                h.Raw("<li>").Text(e.Reason).Raw("</li>");
            }

            h.Raw("</ul>");
        }

        h.Raw("</dd></div>\n");
        Entry(h, "Coverage in this report", Coverage(coverage));
        Entry(h, "Script", Script(d.Source));
        h.Raw("</dl>\n</section>\n");
    }

    private static void Entry(HtmlText h, string name, string value) =>
        h.Raw("<div><dt>").Raw(name).Raw("</dt><dd>").Text(value).Raw("</dd></div>\n");

    private static string Kind(IndicatorDefinition d) => d.ValueType switch
    {
        IndicatorValueType.Proportion => d.Multiplier == 100 ? "Proportion, as a percentage" : "Proportion × " + ValueText.Count(d.Multiplier),
        IndicatorValueType.Rate => "Rate per " + ValueText.Count(d.Multiplier),
        IndicatorValueType.Ratio => "Ratio of sums" + (d.Multiplier != 1 ? " × " + ValueText.Count(d.Multiplier) : string.Empty),
        IndicatorValueType.Mean => "Mean of practice values",
        IndicatorValueType.IndirectlyStandardisedRatio => "Indirectly standardised ratio (observed over expected)",
        IndicatorValueType.Shortfall => Shortfall(d),
        _ => "Not set",
    };

    private static string Shortfall(IndicatorDefinition d) => d.Target switch
    {
        EnglandRateTarget => "Shortfall against England's rate of supply per unit of need",
        FixedRateTarget f => $"Shortfall against a fixed rate of {ValueText.Number(f.Value)} per {ValueText.Count(f.Per)} of need",
        PercentileTarget p => string.Create(CultureInfo.InvariantCulture, $"Shortfall against the {p.Percentile:0.#}th percentile of practices' rates"),
        _ => "Shortfall against a target rate",
    };

    private static string Interval(IndicatorDefinition d) => d.Ci switch
    {
        CiMethod.Wilson => "Wilson score",
        CiMethod.Byar => "Byar's approximation to the Poisson",
        CiMethod.ExactPoisson => "Exact Poisson",
        CiMethod.T => "Student's t",
        CiMethod.None => "None",
        _ => d.ValueType switch
        {
            IndicatorValueType.Proportion => "Wilson score",
            IndicatorValueType.Rate or IndicatorValueType.IndirectlyStandardisedRatio or IndicatorValueType.Shortfall => "Poisson (exact for small counts, else Byar's)",
            IndicatorValueType.Mean => "Student's t",
            _ => "None",
        },
    };

    private static string Coverage(IndicatorCoverage c)
    {
        var when = c.Periods.Count == 0 ? "no month" : c.Periods[^1].ToString();
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{when}: {c.RowsUsed:#,0} of {c.RowsInPeriod:#,0} practices used") };
        parts.AddRange(c.Excluded.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rows:#,0} excluded ({r.Reason})")));
        parts.AddRange(c.Missing.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rows:#,0} missing ({r.Reason})")));
        return string.Join("; ", parts);
    }

    /// <summary>The script's folder and file name (not the machine's full path, which would make sites differ between clones).</summary>
    private static string Script(SourceLocation source)
    {
        if (source == SourceLocation.InCode)
        {
            return "Defined in code";
        }

        var parts = source.Path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join('/', parts.TakeLast(Math.Min(2, parts.Length)));
        return string.Create(CultureInfo.InvariantCulture, $"{shown}, line {source.Line}");
    }
}
