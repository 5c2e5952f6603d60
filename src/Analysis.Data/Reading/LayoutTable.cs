namespace Analysis.Data.Reading;

/// <summary>
/// A dataset's column map as data: one row per typed field, giving its header spelling in each
/// vintage (<c>null</c> where that vintage lacks it). Several accepted spellings are separated by
/// <c>|</c>. A row with one spelling applies it to every vintage.
/// </summary>
internal sealed class LayoutTable
{
    private readonly List<Layout> _layouts = [];

    public LayoutTable(DatasetKind kind, IReadOnlyList<string> vintages, params IReadOnlyList<LayoutRow> rows)
    {
        Kind = kind;
        Vintages = vintages;
        for (var v = 0; v < vintages.Count; v++)
        {
            var columns = new List<ColumnSpec>();
            foreach (var row in rows)
            {
                if (row.Spellings.Count != 1 && row.Spellings.Count != vintages.Count)
                {
                    throw new ArgumentException($"{kind} field {row.Field}: {row.Spellings.Count} spellings for {vintages.Count} vintages");
                }

                var spelling = row.Spellings.Count == 1 ? row.Spellings[0] : row.Spellings[v];
                if (spelling is not null)
                {
                    columns.Add(new ColumnSpec(row.Field, spelling.Split('|'), row.Optional));
                }
            }

            _layouts.Add(new Layout(kind, vintages[v], columns, null));
        }
    }

    private LayoutTable(DatasetKind kind, string vintage, int fieldCount, IReadOnlyList<LayoutRow> rows)
    {
        Kind = kind;
        Vintages = [vintage];
        var columns = rows.Select(r => new ColumnSpec(r.Field, [r.Spellings[0]!], r.Optional)).ToList();
        _layouts.Add(new Layout(kind, vintage, columns, fieldCount));
    }

    public DatasetKind Kind { get; }

    public IReadOnlyList<string> Vintages { get; }

    public IReadOnlyList<Layout> Layouts => _layouts;

    /// <summary>A layout for files without a header: each row's spelling is the 1-based field position.</summary>
    public static LayoutTable Headerless(DatasetKind kind, string vintage, int fieldCount, params IReadOnlyList<LayoutRow> rows) =>
        new(kind, vintage, fieldCount, rows);

    /// <summary>A field and its header in each vintage.</summary>
    public static LayoutRow Column(string field, params string?[] spellings) => new(field, spellings, false);

    /// <summary>A field that files of a vintage may lack.</summary>
    public static LayoutRow Optional(string field, params string?[] spellings) => new(field, spellings, true);

    public Layout this[string vintage] => _layouts.Single(l => l.Vintage == vintage);
}

/// <summary>One row of a <see cref="LayoutTable"/>.</summary>
internal sealed record LayoutRow(string Field, IReadOnlyList<string?> Spellings, bool Optional);
