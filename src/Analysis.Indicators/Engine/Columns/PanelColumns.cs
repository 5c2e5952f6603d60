using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Periods;

namespace Analysis.Indicators.Engine.Columns;

/// <summary>
/// A panel laid out for the engine: rows in month-major order (so a month is one contiguous range), the area
/// each row falls in at each level, and the leaf columns indicators read, each extracted once and kept.
/// </summary>
internal sealed class PanelColumns
{
    private readonly ConcurrentDictionary<string, Lazy<LeafColumn>> _leaves = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Level, Lazy<AreaColumn>> _areas = new();

    public PanelColumns(Panel panel)
    {
        First = panel.First;
        Months = Math.Max(0, panel.Last.MonthsSince(panel.First) + 1);
        MonthStart = new int[Months + 1];
        var rows = new PanelRow[panel.Rows.Count];
        var at = 0;
        for (var m = 0; m < Months; m++)
        {
            MonthStart[m] = at;
            foreach (var row in panel.At(First.Plus(m)))
            {
                rows[at++] = row;
            }
        }

        MonthStart[Months] = at;
        Rows = rows;
    }

    /// <summary>The rows, month by month.</summary>
    public PanelRow[] Rows { get; }

    /// <summary>The panel's first month.</summary>
    public Month First { get; }

    /// <summary>The number of months.</summary>
    public int Months { get; }

    /// <summary>Where each month's rows start; month <c>m</c> is rows <c>MonthStart[m]</c> to <c>MonthStart[m + 1]</c>.</summary>
    public int[] MonthStart { get; }

    /// <summary>The column of a leaf, extracted on first use.</summary>
    public LeafColumn Leaf(string key, Expression leaf, ParallelOptions parallel) =>
        _leaves.GetOrAdd(key, _ => new Lazy<LeafColumn>(() => LeafExtractor.Read(leaf, Rows, parallel))).Value;

    /// <summary>The areas of a level, worked out on first use.</summary>
    public AreaColumn Areas(Level level) => _areas.GetOrAdd(level, l => new Lazy<AreaColumn>(() => Build(l))).Value;

    private AreaColumn Build(Level level) => level switch
    {
        Level.Practice => Keyed(level, r => (r.Practice.Value, r.Name ?? r.Practice.Value)),
        Level.Pcn => Keyed(level, r => Named(r.Geography.Pcn)),
        Level.SubIcb => Keyed(level, r => Named(r.Geography.SubIcb)),
        Level.Icb => Keyed(level, r => Named(r.Geography.Icb)),
        Level.Region => Keyed(level, r => Named(r.Geography.Region)),
        Level.England => new AreaColumn(level, new int[Rows.Length], ["E92000001"], ["England"]),
        Level.DeprivationDecile => Groups(level, r => r.DeprivationDecile, 10, "decile"),
        Level.DeprivationQuintile => Groups(level, r => r.DeprivationQuintile, 5, "quintile"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };

    private static (string Code, string Name)? Named(Area? area) => area is null ? null : (area.Code, area.Name);

    // Areas in code order; an area's name is the latest the panel gives, as names change more often than codes.
    private AreaColumn Keyed(Level level, Func<PanelRow, (string Code, string Name)?> key)
    {
        var keys = new (string Code, string Name)?[Rows.Length];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Rows.Length; i++)
        {
            keys[i] = key(Rows[i]);
            if (keys[i] is { } k)
            {
                names[k.Code] = k.Name;
            }
        }

        var codes = names.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var a = 0; a < codes.Length; a++)
        {
            index[codes[a]] = a;
        }

        var column = new int[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            column[i] = keys[i] is { } k ? index[k.Code] : codes.Length;
        }

        return new AreaColumn(level, column, codes, [.. codes.Select(c => names[c])]);
    }

    private AreaColumn Groups(Level level, Func<PanelRow, int?> group, int count, string noun)
    {
        var column = new int[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            column[i] = group(Rows[i]) is { } g && g >= 1 && g <= count ? g - 1 : count;
        }

        var codes = Enumerable.Range(1, count).Select(g => g.ToString(CultureInfo.InvariantCulture)).ToArray();
        var names = Enumerable.Range(1, count)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(noun[0])}{noun[1..]} {g}{(g == 1 ? " (least deprived)" : g == count ? " (most deprived)" : string.Empty)}"))
            .ToArray();
        return new AreaColumn(level, column, codes, names);
    }
}
