using System.Globalization;
using Analysis.Indicators.Allocation;

namespace Analysis.Interactive;

/// <summary>
/// Allocations as a notebook shows them: one allocation's before-and-after summary and the ICBs furthest below the
/// target after it; several allocations (one per rule) side by side, one row each.
/// </summary>
internal static class AllocationFormatter
{
    public static Sheet Sheet(AllocationResult result, int rows)
    {
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture,
            $"{Rule(result.Rule)}: {result.ExtraFte:#,0.#} FTE among {result.Practices.Count:#,0} practices"));
        sheet.Line(string.Create(CultureInfo.InvariantCulture,
            $"Target: England's rate before, {result.TargetRate:0.00} FTE per 10,000 of need.{(result.LeftOut.Count > 0 ? $" {result.LeftOut.Count} practices left out (no need)." : string.Empty)}"));
        var s = result.Summary;
        var summary = new Table("Before and after", "Measure", "Before", "After");
        summary.Add("Total shortfall against the target (FTE)", Cell.Number(ChartNumbers.Text(s.TotalShortfall.Before)), Cell.Number(ChartNumbers.Text(s.TotalShortfall.After)));
        summary.Add("Total shortfall against England's rate at the time (FTE)", Cell.Number(ChartNumbers.Text(s.TotalShortfallAgainstNewRate.Before)), Cell.Number(ChartNumbers.Text(s.TotalShortfallAgainstNewRate.After)));
        summary.Add("England FTE per 10,000 of need", Cell.Number(ChartNumbers.Text(s.EnglandRate.Before)), Cell.Number(ChartNumbers.Text(s.EnglandRate.After)));
        summary.Add("SII across deprivation deciles (per 10,000)", Cell.Number(ChartNumbers.Text(s.Sii.Before)), Cell.Number(ChartNumbers.Text(s.Sii.After)));
        summary.Add("ICBs below the target", Count(s.IcbsBelowTarget.Before), Count(s.IcbsBelowTarget.After));
        summary.Add("Sub-ICB locations below the target", Count(s.SubIcbsBelowTarget.Before), Count(s.SubIcbsBelowTarget.After));
        sheet.Add(summary);

        var icbs = new Table("ICBs furthest below the target after", "ICB", "Practices", "FTE added", "Rate before", "Rate after", "Gap before (FTE)", "Gap after (FTE)");
        foreach (var area in result.Icbs.OrderByDescending(a => a.Gap.After / a.Need).ThenBy(a => a.Area.Code, StringComparer.Ordinal).Take(rows))
        {
            icbs.Add(
                area.Area.ToString(),
                Count(area.Practices),
                Cell.Number(ChartNumbers.Text(area.Added)),
                Cell.Number(ChartNumbers.Text(area.Rate.Before)),
                Cell.Number(ChartNumbers.Text(area.Rate.After)),
                Gap(area.Gap.Before),
                Gap(area.Gap.After));
        }

        icbs.Shown(result.Icbs.Count);
        sheet.Add(icbs);
        return sheet;
    }

    public static Sheet Compare(IEnumerable<AllocationResult> results)
    {
        var all = results.ToList();
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture, $"{all.Count} allocations compared"));
        var table = new Table("Allocations", "Rule", "FTE placed", "Shortfall before", "Shortfall after", "SII before", "SII after", "ICBs below before", "ICBs below after", "Sub-ICBs below before", "Sub-ICBs below after");
        foreach (var r in all)
        {
            var s = r.Summary;
            table.Add(
                Rule(r.Rule),
                Cell.Number(ChartNumbers.Text(r.ExtraFte)),
                Cell.Number(ChartNumbers.Text(s.TotalShortfall.Before)),
                Cell.Number(ChartNumbers.Text(s.TotalShortfall.After)),
                Cell.Number(ChartNumbers.Text(s.Sii.Before)),
                Cell.Number(ChartNumbers.Text(s.Sii.After)),
                Count(s.IcbsBelowTarget.Before),
                Count(s.IcbsBelowTarget.After),
                Count(s.SubIcbsBelowTarget.Before),
                Count(s.SubIcbsBelowTarget.After));
        }

        sheet.Add(table);
        return sheet;
    }

    private static Cell Count(int count) => Cell.Number(count.ToString(CultureInfo.InvariantCulture));

    private static Cell Gap(double gap) =>
        new(ChartNumbers.Text(gap) + (gap > 0 ? " short" : " over"), Numeric: true, Style: gap > 0 ? Styles.Worse : Styles.Better);

    private static string Rule(AllocationRule rule) => rule switch
    {
        AllocationRule.ProportionalToNeed => "In proportion to need",
        AllocationRule.LargestShortfallFirst => "Largest shortfall first",
        AllocationRule.EqualPerPractice => "Equal per practice",
        _ => rule.ToString(),
    };
}
