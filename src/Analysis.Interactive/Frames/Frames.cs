using System.Globalization;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Statistics;
using Deedle;

namespace Analysis.Interactive;

/// <summary>
/// Deedle frames for analysts who want to go further: indicator values one row each (and back), a wide table of
/// areas by indicators for correlations, and the panel flattened to numbers. Missing values are Deedle's missing,
/// months are dates (the first of the month), enums are their names.
/// </summary>
/// <example>
/// <code>
/// var frame = results.ToFrame();                       // 27 columns, one row per value
/// var wide = results.ToWideFrame();                    // areas × indicator ids, for a correlation matrix
/// var practices = panel.ToFrame(panel.Last);           // one month of the panel
/// </code>
/// </example>
public static class Frames
{
    private static readonly string[] Required = ["Indicator", "Level", "AreaCode", "AreaName", "Period"];

    /// <summary>Every value of the results, one row each, in the results' order.</summary>
    public static Frame<int, string> ToFrame(this IndicatorResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Values.ToFrame();
    }

    /// <summary>Indicator values one row each, in the order given.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<IndicatorValue> values) =>
        Frame.FromRecords(values.Select(ValueRow.Of));

    /// <summary>
    /// Areas by indicators: one row per area code, one column per indicator id holding its value in its latest month
    /// in the results (or in <paramref name="period"/>); missing where an area has no value.
    /// </summary>
    public static Frame<string, string> ToWideFrame(this IndicatorResults results, Month? period = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var columns = results.Indicators.ToDictionary(
            d => d.Id,
            d =>
            {
                var slice = IndicatorSlice.Of(results, d.Id, period);
                var values = slice.Values.Where(v => v.Value is not null).OrderBy(v => v.AreaCode, StringComparer.Ordinal).ToList();
                return new Series<string, double>(values.Select(v => v.AreaCode), values.Select(v => v.Value!.Value));
            },
            StringComparer.Ordinal);
        return Frame.FromColumns(columns);
    }

    /// <summary>The panel flattened, every practice-month or only those of <paramref name="month"/>.</summary>
    public static Frame<int, string> ToFrame(this Panel panel, Month? month = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var rows = month is { } m ? panel.At(m) : panel.Rows;
        return Frame.FromRecords(rows.Select(PanelRecord.Of));
    }

    /// <summary>
    /// Indicator values read back from a frame made by <see cref="ToFrame(IndicatorResults)"/> (perhaps filtered or
    /// sorted): the columns Indicator, Level, AreaCode, AreaName and Period are needed, the others are read where present.
    /// </summary>
    /// <exception cref="ArgumentException">A needed column is absent, or a cell in one is missing or not what it should be (the message names the row and column).</exception>
    public static IReadOnlyList<IndicatorValue> ToIndicatorValues<TRowKey>(this Frame<TRowKey, string> frame)
        where TRowKey : notnull
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.ColumnKeys.ToHashSet(StringComparer.Ordinal);
        var absent = Required.Where(c => !columns.Contains(c)).ToList();
        if (absent.Count > 0)
        {
            throw new ArgumentException($"the frame has no column {string.Join(", ", absent)}; indicator values need {string.Join(", ", Required)}", nameof(frame));
        }

        var reader = new FrameReader<TRowKey>(frame, columns);
        return [.. frame.RowKeys.Select(key => reader.Value(key))];
    }
}
