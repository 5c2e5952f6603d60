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
    private readonly Dictionary<Month, int[]> _byMonth;
    private readonly Dictionary<OdsCode, (int Start, int Count)> _byPractice;

    internal Panel(IReadOnlyList<PanelRow> rows, Month first, Month last, CoverageReport coverage)
    {
        Rows = rows;
        First = first;
        Last = last;
        Coverage = coverage;
        _byPractice = [];
        var byMonth = new Dictionary<Month, List<int>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            _byPractice[row.Practice] = _byPractice.TryGetValue(row.Practice, out var span) ? (span.Start, span.Count + 1) : (i, 1);
            if (!byMonth.TryGetValue(row.Month, out var list))
            {
                byMonth[row.Month] = list = [];
            }

            list.Add(i);
        }

        _byMonth = byMonth.ToDictionary(p => p.Key, p => p.Value.ToArray());
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
        _byMonth.TryGetValue(month, out var rows) ? rows.Select(i => Rows[i]) : [];

    /// <summary>One practice's months, in order.</summary>
    public IEnumerable<PanelRow> For(OdsCode practice) =>
        _byPractice.TryGetValue(practice, out var span) ? Rows.Skip(span.Start).Take(span.Count) : [];

    /// <summary>Joins the datasets into a panel.</summary>
    /// <exception cref="ArgumentException">No dataset with dated practice records was loaded, and no months were given.</exception>
    public static Panel Build(NhsData data, PanelOptions? options = null) => PanelBuilder.Build(data, options ?? new PanelOptions());
}
