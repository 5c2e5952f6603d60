using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Periods;

namespace Analysis.Data.Summaries;

/// <summary>
/// Where England is under-doctored in one month: GP FTE per weighted patient by area, against the
/// England rate. Areas sum their practices' GPs and weighted patients (rates are never averaged).
/// </summary>
public static class SupplyByArea
{
    /// <summary>England and each area at <paramref name="level"/>, most under-doctored (largest shortfall %) first, and practices without an area there last.</summary>
    public static (AreaSupply England, IReadOnlyList<AreaSupply> Areas) In(Panel panel, Month month, AreaLevel level)
    {
        var rows = panel.At(month)
            .Where(r => r.Workforce?.QualifiedGpFte is not null && r.WeightedPatients is > 0)
            .ToList();
        var gps = rows.Sum(r => r.Workforce!.QualifiedGpFte!.Value);
        var weighted = rows.Sum(r => r.WeightedPatients!.Value);
        var englandRate = weighted == 0 ? 0 : gps / weighted;
        var england = new AreaSupply(null, rows.Count, gps, weighted, weighted * englandRate);

        var areas = rows
            // By code: publications spell an area's name differently (and areas are renamed), which must not split it.
            .GroupBy(r => r.Geography.At(level)?.Code)
            .Select(g =>
            {
                var areaWeighted = g.Sum(r => r.WeightedPatients!.Value);
                return new AreaSupply(CommonestName(g, level), g.Count(), g.Sum(r => r.Workforce!.QualifiedGpFte!.Value), areaWeighted, areaWeighted * englandRate);
            })
            // Practices without an area at this level are a bucket, not a place: last, whatever their rate.
            .OrderBy(a => a.Area is null)
            .ThenByDescending(a => a.ShortfallPercent)
            .ThenBy(a => a.Area?.Code, StringComparer.Ordinal)
            .ToList();
        return (england, areas);
    }

    /// <summary>The area as most of its practices name it (the first name in ordinal order on a tie).</summary>
    private static Area? CommonestName(IEnumerable<PanelRow> practices, AreaLevel level) => practices
        .Select(r => r.Geography.At(level))
        .OfType<Area>()
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .OrderByDescending(names => names.Count())
        .ThenBy(names => names.Key, StringComparer.Ordinal)
        .Select(names => names.First())
        .FirstOrDefault();

    /// <summary>The latest month in which some practice has both a GP count and a weighted list.</summary>
    public static Month? LatestMonthWithSupplyAndNeed(Panel panel)
    {
        for (var m = panel.Last; m >= panel.First; m = m.Plus(-1))
        {
            if (panel.At(m).Any(r => r.Workforce?.QualifiedGpFte is not null && r.WeightedPatients is > 0))
            {
                return m;
            }
        }

        return null;
    }
}
