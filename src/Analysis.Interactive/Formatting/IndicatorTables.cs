using Analysis.Data.Periods;

namespace Analysis.Interactive;

/// <summary>Picks one indicator out of a run's results as a table that displays with its units and comparisons.</summary>
public static class IndicatorTables
{
    /// <summary>The indicator's values in <paramref name="period"/>, or in the latest month the results hold for it.</summary>
    /// <exception cref="ArgumentException">The results hold no indicator with that id.</exception>
    /// <example><code>results.Table("SF01").Worst(10)</code></example>
    public static IndicatorTable Table(this IndicatorResults results, string indicatorId, Month? period = null)
    {
        var slice = IndicatorSlice.Of(results, indicatorId, period);
        return new IndicatorTable(slice.Definition, slice.Values, results.Options, results.Level);
    }
}
