using System.Globalization;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// Charts of allocations of extra GP FTE: fully qualified GP FTE per 10,000 of need in each deprivation decile,
/// before and after each rule, with England's rate before (the target) dashed.
/// </summary>
/// <example><code>AllocationCharts.ByDecile(Allocation.Compare(practices))</code></example>
public static class AllocationCharts
{
    /// <summary>
    /// One line for the FTE per 10,000 of need in each deprivation decile (1 least deprived) before, taken from the
    /// first allocation, and one after each allocation; practices without a decile are left out.
    /// </summary>
    /// <exception cref="ArgumentException">No allocations are given.</exception>
    public static GenericChart ByDecile(IReadOnlyList<AllocationResult> allocations, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        if (allocations.Count == 0)
        {
            throw new ArgumentException("a chart of allocations needs at least one allocation", nameof(allocations));
        }

        var first = allocations[0];
        var figure = new Figure(
            string.Create(CultureInfo.InvariantCulture, $"GP FTE per 10,000 of need by deprivation decile, before and after {first.ExtraFte:#,0.#} extra FTE"),
            "Deprivation decile (1 least deprived, 10 most)",
            "FTE per 10,000 of need",
            options ?? ChartOptions.Default);
        double?[] deciles = [.. Enumerable.Range(1, 10).Select(d => (double?)d)];
        figure.Line(string.Create(CultureInfo.InvariantCulture, $"England before {first.TargetRate:0.00}"), [deciles[0], deciles[^1]], [first.TargetRate, first.TargetRate], Palette.Benchmark, "dash", 2);
        Add(figure, "Before", Rates(first, p => p.Practice.Supply), Palette.Areas[0]);
        for (var i = 0; i < allocations.Count; i++)
        {
            Add(figure, "After: " + Rule(allocations[i].Rule), Rates(allocations[i], p => p.SupplyAfter), Palette.Areas[(i + 1) % Palette.Areas.Count]);
        }

        figure.XAxis["dtick"] = 1;
        return figure.Build();
    }

    /// <summary>The rule in words, as tables and charts name it.</summary>
    internal static string Rule(AllocationRule rule) => rule switch
    {
        AllocationRule.ProportionalToNeed => "in proportion to need",
        AllocationRule.LargestShortfallFirst => "largest shortfall first",
        AllocationRule.EqualPerPractice => "equal per practice",
        _ => rule.ToString(),
    };

    /// <summary>Σ supply ÷ Σ need × 10,000 in deciles 1 to 10; null where a decile has no need.</summary>
    internal static double?[] Rates(AllocationResult allocation, Func<AllocatedPractice, double> supply)
    {
        var byDecile = allocation.Practices.Where(p => p.Practice.DeprivationDecile is not null).ToLookup(p => p.Practice.DeprivationDecile!.Value);
        return
        [
            .. Enumerable.Range(1, 10).Select(d =>
            {
                var need = byDecile[d].Sum(p => p.Practice.Need);
                return need > 0 ? byDecile[d].Sum(supply) / need * Allocation.Per : (double?)null;
            }),
        ];
    }

    private static void Add(Figure figure, string name, double?[] rates, string colour)
    {
        var trace = figure.Add("scatter", name);
        trace.SetProperty("x", Enumerable.Range(1, 10).ToArray());
        trace.SetProperty("y", ChartNumbers.Round(rates));
        trace.SetProperty("mode", "lines+markers");
        trace.SetProperty("line", new Dictionary<string, object> { ["color"] = colour, ["width"] = 2 });
        trace.SetProperty("hovertemplate", name + "<br>decile %{x}: %{y:.2f} FTE per 10,000<extra></extra>");
    }
}
