using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Sample;

/// <summary>A real published CSV as rows of cells by header, decoded and parsed by the reader core (no typed mapping).</summary>
internal static class PublishedTable
{
    public static IEnumerable<Func<string, string>> Rows(string path)
    {
        var (text, encoding) = SourceText.Decode(File.ReadAllBytes(path));
        using var source = new CsvSource(path, text, encoding);
        var header = source.FirstRow.Select(h => h.Trim('\uFEFF')).ToList();
        while (source.Read())
        {
            var cells = Enumerable.Range(0, source.FieldCount).Select(i => source[i]).ToArray();
            yield return name =>
            {
                var at = header.IndexOf(name);
                return at >= 0 && at < cells.Length ? cells[at] : throw new KeyNotFoundException($"{path}: no column '{name}'");
            };
        }
    }

    public static double? Number(string cell) =>
        CellText.TryDecimal(cell.Trim(), out var value) ? (double)value : null;
}
