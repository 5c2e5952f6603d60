using System.Globalization;

namespace Analysis.Data.Reading;

/// <summary>How well a header row fits a layout: where each field is, and what is missing or extra.</summary>
internal sealed class LayoutMatch
{
    private readonly Dictionary<string, int> _ordinals;

    private LayoutMatch(Layout layout, Dictionary<string, int> ordinals, IReadOnlyList<string> headers,
        IReadOnlyList<string> missing, IReadOnlyList<string> unmapped)
    {
        Layout = layout;
        _ordinals = ordinals;
        Headers = headers;
        Missing = missing;
        Unmapped = unmapped;
    }

    public Layout Layout { get; }

    /// <summary>The file's header cells as published (empty for headerless files).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Required headers the file lacks.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Headers the layout does not map.</summary>
    public IReadOnlyList<string> Unmapped { get; }

    public bool IsComplete => Missing.Count == 0;

    public int MappedCount => _ordinals.Count;

    /// <summary>The field's column position, or -1 when the file lacks it.</summary>
    public int OrdinalOf(string field) => _ordinals.GetValueOrDefault(field, -1);

    public bool Has(string field) => _ordinals.ContainsKey(field);

    public string? HeaderOf(int ordinal) => ordinal < Headers.Count ? Headers[ordinal] : null;

    public IReadOnlyDictionary<string, string> MappedColumns() =>
        _ordinals.OrderBy(p => p.Value).ToDictionary(
            p => p.Key,
            p => HeaderOf(p.Value) ?? "#" + (p.Value + 1).ToString(CultureInfo.InvariantCulture));

    public static LayoutMatch Of(Layout layout, IReadOnlyList<string> firstRow) =>
        layout.HasHeader ? ByHeader(layout, firstRow) : ByPosition(layout, firstRow);

    private static LayoutMatch ByHeader(Layout layout, IReadOnlyList<string> headers)
    {
        var normalised = headers.Select(HeaderText.Normalise).ToArray();
        var used = new bool[headers.Count];
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();

        // Exact spellings first, so a footnoted near-namesake never steals a column.
        foreach (var pass in new[] { false, true })
        {
            foreach (var column in layout.Columns)
            {
                if (ordinals.ContainsKey(column.Field))
                {
                    continue;
                }

                var at = Find(column, normalised, used, footnoted: pass);
                if (at >= 0)
                {
                    used[at] = true;
                    ordinals[column.Field] = at;
                }
            }
        }

        foreach (var column in layout.Columns)
        {
            if (!column.Optional && !ordinals.ContainsKey(column.Field))
            {
                missing.Add(column.Headers[0]);
            }
        }

        var unmapped = headers.Where((_, i) => !used[i]).ToList();
        return new LayoutMatch(layout, ordinals, headers, missing, unmapped);
    }

    private static int Find(ColumnSpec column, string[] normalised, bool[] used, bool footnoted)
    {
        foreach (var spelling in column.Headers)
        {
            var expected = HeaderText.Normalise(spelling);
            for (var i = 0; i < normalised.Length; i++)
            {
                if (!used[i] && (footnoted ? HeaderText.IsFootnoted(normalised[i], expected) : normalised[i] == expected))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static LayoutMatch ByPosition(Layout layout, IReadOnlyList<string> firstRow)
    {
        var ordinals = layout.Columns.ToDictionary(
            c => c.Field,
            c => int.Parse(c.Headers[0], CultureInfo.InvariantCulture) - 1,
            StringComparer.Ordinal);
        var missing = firstRow.Count == layout.HeaderlessFieldCount
            ? []
            : new[] { string.Create(CultureInfo.InvariantCulture, $"{layout.HeaderlessFieldCount} fields (found {firstRow.Count})") };
        return new LayoutMatch(layout, ordinals, [], missing, []);
    }
}
