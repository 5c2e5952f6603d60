using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>
/// Every practice in every month it was open, with all loaded datasets joined by practice code "as of"
/// that month, its geography as of that month, and a report of what is missing and why.
/// </summary>
/// <example>
/// <code>
/// var panel = Panel.Build(NhsData.Load("data/"));
/// var latest = panel.At(panel.Last).Where(r => r.Workforce is not null);
/// </code>
/// </example>
public sealed class Panel
{
    private readonly int[][] _byMonth;
    private readonly Dictionary<OdsCode, (int Start, int Count)> _byPractice;

    internal Panel(IReadOnlyList<PanelRow> rows, Month first, Month last, CoverageReport coverage)
    {
        Rows = rows;
        First = first;
        Last = last;
        Coverage = coverage;

        // Rows arrive practice by practice, so each practice is one contiguous run.
        _byPractice = [];
        for (var i = 0; i < rows.Count;)
        {
            var start = i;
            while (i < rows.Count && rows[i].Practice == rows[start].Practice)
            {
                i++;
            }

            _byPractice[rows[start].Practice] = (start, i - start);
        }

        var counts = new int[Math.Max(0, last.MonthsSince(first) + 1)];
        foreach (var row in rows)
        {
            counts[row.Month.MonthsSince(first)]++;
        }

        var byMonth = counts.Select(c => new int[c]).ToArray();
        Array.Clear(counts);
        for (var i = 0; i < rows.Count; i++)
        {
            var m = rows[i].Month.MonthsSince(first);
            byMonth[m][counts[m]++] = i;
        }

        _byMonth = byMonth;
    }

    /// <summary>All rows, practice by practice, months in order.</summary>
    public IReadOnlyList<PanelRow> Rows { get; }

    /// <summary>The first month of the panel.</summary>
    public Month First { get; }

    /// <summary>The last month of the panel.</summary>
    public Month Last { get; }

    /// <summary>The practices in the panel, in code order.</summary>
    public IEnumerable<OdsCode> Practices => _byPractice.Keys;

    /// <summary>Which practices are missing from which dataset, when and why.</summary>
    public CoverageReport Coverage { get; }

    /// <summary>Every practice open in the month.</summary>
    public IEnumerable<PanelRow> At(Month month) =>
        month >= First && month <= Last ? _byMonth[month.MonthsSince(First)].Select(i => Rows[i]) : [];

    /// <summary>One practice's months, in order.</summary>
    public IEnumerable<PanelRow> For(OdsCode practice) =>
        _byPractice.TryGetValue(practice, out var span) ? Rows.Skip(span.Start).Take(span.Count) : [];

    /// <summary>Joins the datasets into a panel.</summary>
    /// <exception cref="ArgumentException">No dataset with dated practice records was loaded, and no months were given.</exception>
    public static Panel Build(NhsData data, PanelOptions? options = null) => PanelBuilder.Build(data, options ?? new PanelOptions());
}
