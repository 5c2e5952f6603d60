using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Statistics;

namespace Analysis.Indicators.Allocation;

/// <summary>
/// Places extra GP FTE (5,000 by default) among practices by a rule — in proportion to need, to the largest
/// shortfalls first, or equally per practice — and measures what changes: each practice's and area's FTE and
/// shortfall against England's rate before the allocation, the slope index of inequality across deprivation
/// deciles, and how many ICBs and sub-ICBs are below that rate.
/// </summary>
/// <example>
/// <code>
/// var practices = Allocation.PracticesFrom(engine.Run(panel, indicators, Level.Practice), "SF01", panel);
/// foreach (var rule in Enum.GetValues&lt;AllocationRule&gt;())
///     Console.WriteLine(Allocation.Allocate(practices, rule).Summary);
/// </code>
/// </example>
public static class Allocation
{
    /// <summary>The default number of extra FTE: 5,000, the scale of the 2015 government pledge of 5,000 more doctors in general practice by 2020.</summary>
    public const double DefaultExtraFte = 5_000;

    /// <summary>Rates are shown per this many units of need ("per 10,000 weighted patients").</summary>
    public const double Per = 10_000;

    // A rate within this relative distance of the target counts as on it, not below it: sums of FTE carry float noise.
    private const double OnTarget = 1e-9;

    /// <summary>
    /// The practices of a practice-level run of a shortfall (or rate) indicator with its supply and need — SF01's
    /// qualified GP FTE and weighted patients — in its latest month in the results, placed in their ICB, sub-ICB and
    /// deprivation decile by the panel in that month. Practices the indicator excluded or lacks data for are not included.
    /// </summary>
    /// <exception cref="ArgumentException">The results are not at practice level, lack the indicator, or it has no numerator and denominator.</exception>
    public static IReadOnlyList<AllocationPractice> PracticesFrom(IndicatorResults practiceResults, string indicatorId, Panel panel)
    {
        ArgumentNullException.ThrowIfNull(practiceResults);
        ArgumentNullException.ThrowIfNull(panel);
        if (practiceResults.Level != Level.Practice)
        {
            throw new ArgumentException($"an allocation needs practice-level results; these are at the {practiceResults.Level} level", nameof(practiceResults));
        }

        var d = practiceResults.Indicators.FirstOrDefault(i => string.Equals(i.Id, indicatorId, StringComparison.Ordinal))
            ?? throw new ArgumentException($"indicator {indicatorId} is not in these results; they hold {string.Join(", ", practiceResults.Indicators.Select(i => i.Id))}", nameof(indicatorId));
        if (d.ValueType is not (IndicatorValueType.Shortfall or IndicatorValueType.Rate))
        {
            throw new ArgumentException($"indicator {d.Id} is a {d.ValueType}; an allocation needs a shortfall or rate of supply (numerator) per need (denominator)", nameof(indicatorId));
        }

        var values = practiceResults.Values.Where(v => string.Equals(v.IndicatorId, d.Id, StringComparison.Ordinal)).ToList();
        if (values.Count == 0)
        {
            return [];
        }

        var month = values.Max(v => v.Period);
        var rows = panel.At(month).ToDictionary(r => r.Practice.Value, StringComparer.Ordinal);
        return
        [
            .. values.Where(v => v.Period == month && v.Numerator is not null && v.Denominator > 0)
                .Select(v =>
                {
                    var row = rows.GetValueOrDefault(v.AreaCode);
                    return new AllocationPractice(v.AreaCode, v.AreaName, v.Numerator!.Value, v.Denominator!.Value, row?.Geography.SubIcb, row?.Geography.Icb, row?.DeprivationDecile);
                }),
        ];
    }

    /// <summary>Places <paramref name="extraFte"/> among the practices by the rule and measures the change.</summary>
    /// <exception cref="ArgumentException">No practice has need above 0, a code appears twice, or the FTE to place is negative or not a number.</exception>
    public static AllocationResult Allocate(IReadOnlyList<AllocationPractice> practices, AllocationRule rule, double extraFte = DefaultExtraFte)
    {
        ArgumentNullException.ThrowIfNull(practices);
        if (!(extraFte >= 0) || double.IsInfinity(extraFte))
        {
            throw new ArgumentException($"the FTE to place must be 0 or more (found {extraFte})", nameof(extraFte));
        }

        if (practices.GroupBy(p => p.Practice, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"practice {twice.Key} is given more than once", nameof(practices));
        }

        var included = practices.Where(p => p.Need > 0 && double.IsFinite(p.Need) && double.IsFinite(p.Supply)).ToList();
        if (included.Count == 0)
        {
            throw new ArgumentException("no practice has a need above 0 to allocate against", nameof(practices));
        }

        var target = included.Sum(p => p.Supply) / included.Sum(p => p.Need);
        var added = rule switch
        {
            AllocationRule.ProportionalToNeed => Proportional(included, extraFte),
            AllocationRule.LargestShortfallFirst => LargestFirst(included, extraFte, target),
            AllocationRule.EqualPerPractice => [.. included.Select(_ => extraFte / included.Count)],
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown allocation rule"),
        };

        var allocated = included.Select((p, i) => new AllocatedPractice(p, added[i], new(Short(p.Supply, p.Need, target), Short(p.Supply + added[i], p.Need, target)))).ToList();
        var rateAfter = (included.Sum(p => p.Supply) + extraFte) / included.Sum(p => p.Need);
        var icbs = Areas(allocated, p => p.Icb, target);
        var subIcbs = Areas(allocated, p => p.SubIcb, target);
        var summary = new AllocationSummary(
            new(allocated.Sum(a => a.Shortfall.Before), allocated.Sum(a => a.Shortfall.After)),
            new(allocated.Sum(a => a.Shortfall.Before), allocated.Sum(a => Short(a.SupplyAfter, a.Practice.Need, rateAfter))),
            new(Sii(allocated, a => a.Practice.Supply), Sii(allocated, a => a.SupplyAfter)),
            new(Below(icbs, target, a => a.Rate.Before), Below(icbs, target, a => a.Rate.After)),
            new(Below(subIcbs, target, a => a.Rate.Before), Below(subIcbs, target, a => a.Rate.After)),
            new(target * Per, rateAfter * Per));
        var leftOut = practices.Except(included).Select(p => p.Practice).Order(StringComparer.Ordinal).ToList();
        return new AllocationResult(rule, extraFte, target * Per, allocated, icbs, subIcbs, summary, leftOut);
    }

    /// <summary>The same FTE placed by every rule, in the order the rules are declared.</summary>
    public static IReadOnlyList<AllocationResult> Compare(IReadOnlyList<AllocationPractice> practices, double extraFte = DefaultExtraFte) =>
        [.. Enum.GetValues<AllocationRule>().Select(rule => Allocate(practices, rule, extraFte))];

    private static double[] Proportional(IReadOnlyList<AllocationPractice> practices, double extra)
    {
        var need = practices.Sum(p => p.Need);
        return [.. practices.Select(p => extra * p.Need / need)];
    }

    /// <summary>
    /// Fills shortfalls whole, the largest first (ties: the larger shortfall per unit of need, then the code), the
    /// last one partly; what is left after every shortfall is filled goes in proportion to need.
    /// </summary>
    private static double[] LargestFirst(IReadOnlyList<AllocationPractice> practices, double extra, double target)
    {
        var added = new double[practices.Count];
        var order = practices.Select((p, i) => (Index: i, Gap: Short(p.Supply, p.Need, target), p.Need, p.Practice))
            .Where(g => g.Gap > 0)
            .OrderByDescending(g => g.Gap).ThenByDescending(g => g.Gap / g.Need).ThenBy(g => g.Practice, StringComparer.Ordinal);
        var left = extra;
        foreach (var (index, gap, _, _) in order)
        {
            if (left <= 0)
            {
                break;
            }

            var given = Math.Min(gap, left);
            added[index] = given;
            left -= given;
        }

        if (left > 0)
        {
            var rest = Proportional(practices, left);
            for (var i = 0; i < added.Length; i++)
            {
                added[i] += rest[i];
            }
        }

        return added;
    }

    private static double Short(double supply, double need, double rate) => Math.Max(0, (rate * need) - supply);

    private static List<AreaAllocation> Areas(IReadOnlyList<AllocatedPractice> practices, Func<AllocationPractice, Area?> areaOf, double target) =>
    [
        .. practices.Where(a => areaOf(a.Practice) is not null)
            .GroupBy(a => areaOf(a.Practice)!.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var need = g.Sum(a => a.Practice.Need);
                var before = g.Sum(a => a.Practice.Supply);
                var after = g.Sum(a => a.SupplyAfter);
                return new AreaAllocation(
                    areaOf(g.First().Practice)!,
                    g.Count(),
                    need,
                    new(before, after),
                    after - before,
                    new(before / need * Per, after / need * Per),
                    new((target * need) - before, (target * need) - after));
            }),
    ];

    private static int Below(IEnumerable<AreaAllocation> areas, double target, Func<AreaAllocation, double> rate) =>
        areas.Count(a => rate(a) < target * Per * (1 - OnTarget));

    /// <summary>The SII of FTE per 10,000 of need across deciles 1 (least deprived) to 10, each weighted by its need; null unless all ten have practices.</summary>
    private static double? Sii(IReadOnlyList<AllocatedPractice> practices, Func<AllocatedPractice, double> supply)
    {
        var deciles = practices.Where(a => a.Practice.DeprivationDecile is >= 1 and <= 10)
            .GroupBy(a => a.Practice.DeprivationDecile!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (Need: g.Sum(a => a.Practice.Need), Supply: g.Sum(supply)))
            .ToList();
        if (deciles.Count != 10 || deciles.Any(d => !(d.Need > 0)))
        {
            return null;
        }

        var index = Inequality.Slope([.. deciles.Select(d => d.Need)], [.. deciles.Select(d => d.Supply / d.Need * Per)]);
        return double.IsFinite(index.Sii) ? index.Sii : null;
    }
}
