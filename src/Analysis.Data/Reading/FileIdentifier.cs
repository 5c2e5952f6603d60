using System.Globalization;

namespace Analysis.Data.Reading;

/// <summary>
/// Opens a file and finds which publication layout its header (or, without a header, its shape) is,
/// never looking at the file name. When nothing fits, the error names the closest layout, the
/// columns it expected and did not find, and the columns found instead.
/// </summary>
internal static class FileIdentifier
{
    private static ReadOnlySpan<byte> ZipSignature => "PK\x03\x04"u8;

    public static (ITabularSource Source, LayoutMatch Match, IDataset Dataset) Open(string path, IReadOnlyList<IDataset> candidates)
    {
        (LayoutMatch Match, IDataset Dataset)? best = null;
        LayoutMatch? closest = null;

        bool Choose(IReadOnlyList<string> firstRow)
        {
            foreach (var dataset in candidates)
            {
                foreach (var layout in dataset.Layouts.Layouts)
                {
                    if (!layout.HasHeader && !dataset.Recognises(firstRow))
                    {
                        continue;
                    }

                    var match = LayoutMatch.Of(layout, firstRow);
                    if (match.IsComplete)
                    {
                        if (best is null || IsBetter(match, best.Value.Match))
                        {
                            best = (match, dataset);
                        }
                    }
                    else if (layout.HasHeader && (closest is null || Coverage(match) > Coverage(closest)))
                    {
                        closest = match;
                    }
                }
            }

            return best is not null;
        }

        if (IsZip(path))
        {
            var sheet = XlsxSource.Open(path, (_, firstRow) => Choose(firstRow));
            if (sheet is not null && best is { } found)
            {
                return (sheet, found.Match, found.Dataset);
            }
        }
        else
        {
            var (text, encoding) = SourceText.Open(path);
            CsvSource csv;
            try
            {
                csv = new CsvSource(path, text, encoding);
            }
            catch (DataFormatException)
            {
                // A header the parser cannot split (a quote never closed) leaves no source to close the file.
                text.Dispose();
                throw;
            }

            if (Choose(csv.FirstRow) && best is { } found)
            {
                return (csv, found.Match, found.Dataset);
            }

            csv.Dispose();
            if (IsBlank(csv.FirstRow))
            {
                throw new DataFormatException(path, (new FileInfo(path).Length <= 3 ? "the file is empty" : "the first line is blank") +
                    "; expected a header row naming the columns on line 1", line: 1);
            }
        }

        throw Unrecognised(path, closest);
    }

    private static bool IsBlank(IReadOnlyList<string> firstRow) => firstRow.All(string.IsNullOrWhiteSpace);

    // An .xlsx workbook is a zip archive; its first four bytes say so whatever the file is called.
    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(ZipSignature);
    }

    private static bool IsBetter(LayoutMatch candidate, LayoutMatch incumbent) =>
        candidate.MappedCount > incumbent.MappedCount
        || (candidate.MappedCount == incumbent.MappedCount && candidate.Unmapped.Count < incumbent.Unmapped.Count);

    private static double Coverage(LayoutMatch match) =>
        (double)match.MappedCount / Math.Max(1, match.Layout.Columns.Count);

    private static DataFormatException Unrecognised(string path, LayoutMatch? closest)
    {
        if (closest is null || closest.MappedCount == 0)
        {
            return new DataFormatException(path, "not a known NHS publication layout: the first row shares no column with any layout. " +
                $"Found: {Quote(closest?.Headers ?? [])}.", line: 1);
        }

        var expected = closest.Layout.Columns.Count(c => !c.Optional);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"not a known NHS publication layout. Closest: {closest.Layout.Kind} {closest.Layout.Vintage}, " +
            $"{expected - closest.Missing.Count} of {expected} expected columns found. " +
            $"Expected but not found: {Quote(closest.Missing)}. Found but not expected: {Quote(closest.Unmapped)}.");
        return new DataFormatException(path, message, line: 1);
    }

    private static string Quote(IEnumerable<string> names)
    {
        var list = names.Select(n => "'" + n.ReplaceLineEndings(" ").Trim('\uFEFF') + "'").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list.Take(20)) + (list.Count > 20 ? $" and {list.Count - 20} more" : string.Empty);
    }
}
