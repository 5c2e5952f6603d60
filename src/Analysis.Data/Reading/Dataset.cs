using System.Collections;

namespace Analysis.Data.Reading;

/// <summary>
/// The shared read loop of every publication: walk the rows, let the dataset map each one to a
/// record, and account for every row (read, skipped with a reason, or rejected with located issues).
/// </summary>
/// <typeparam name="T">The publication's record type.</typeparam>
internal abstract class Dataset<T> : IDataset
    where T : class
{
    public abstract DatasetKind Kind { get; }

    public Type RecordType => typeof(T);

    public abstract LayoutTable Layouts { get; }

    /// <summary>
    /// What makes a row unique within one file (for example one row per practice), or null when rows need not be.
    /// A later row with the key of an earlier one is rejected as a <see cref="IssueCode.Duplicate"/>: joined by
    /// practice, either copy would silently stand for the other.
    /// </summary>
    protected virtual UniqueRows<T>? Uniqueness => null;

    public virtual bool Recognises(IReadOnlyList<string> firstRow) => true;

    /// <summary>Maps the current row to a record, or returns null after <see cref="RowView.Skip"/>.</summary>
    protected abstract T? Map(RowView row);

    public (IList Rows, ReadReport Report) ReadAll(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        var (rows, report) = Read(source, match, options);
        return (rows, report);
    }

    public ReadReport Count(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        var tally = new ReadTally();
        foreach (var _ in Enumerate(source, match, options, tally))
        {
        }

        return tally.Report(source, match, Kind, options);
    }

    public (List<T> Rows, ReadReport Report) Read(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        var tally = new ReadTally();
        var rows = Enumerate(source, match, options, tally).ToList();
        return (rows, tally.Report(source, match, Kind, options));
    }

    /// <summary>
    /// Yields each record as its row is read, holding no more than the current row (and the keys of
    /// <see cref="Uniqueness"/>); <paramref name="tally"/> is complete once the enumeration ends.
    /// </summary>
    public IEnumerable<T> Enumerate(ITabularSource source, LayoutMatch match, ReaderOptions options, ReadTally tally)
    {
        var width = match.Layout.HeaderlessFieldCount ?? match.Headers.Count;
        var view = new RowView(source, match, options);
        var unique = Uniqueness;
        var seen = unique is null ? null : new RowKeys(lineOfEachKey: unique.Owner is null);
        if (match.Layout.Year is { } named && options.Period is { } given && given != named.ToString())
        {
            throw new DataFormatException(source.Path, $"the header is the {Kind} {match.Layout.Vintage} layout, but ReaderOptions.Period says {given}; expected {named} or no period", line: 1);
        }

        if (!match.Layout.HasHeader)
        {
            source.IncludeFirstRowAsData();
        }

        while (source.Read())
        {
            tally.DataRows++;
            view.Reset();
            T? record = null;
            if (IsBlank(source))
            {
                view.Skip("blank line");
            }
            else if (SwallowedRows(source, width) is { } swallowed)
            {
                view.AddCellIssue(swallowed.Ordinal, IssueCode.UnclosedQuote, swallowed.Message);
            }
            else if (!FitsWidth(source, width))
            {
                view.AddRowIssue(IssueCode.WrongFieldCount, $"expected {width} fields, found {source.FieldCount}");
            }
            else
            {
                record = Map(view);
                if (record is not null && view.Issues.Count == 0 && unique is not null && seen!.Repeat(unique.KeyOf(record), source.Line) is { } first)
                {
                    view.Flag(unique.Field, IssueCode.Duplicate, unique.Repeated(record, first));
                }
            }

            if (view.Issues.Count > 0)
            {
                if (options.Strict)
                {
                    throw DataFormatException.From(view.Issues[0]);
                }

                tally.Reject(view.Issues, options.MaxIssuesKept);
            }
            else if (view.SkipReason is { } reason)
            {
                tally.Skip(reason);
            }
            else if (record is not null)
            {
                tally.RowsRead++;
                yield return record;
            }
            else
            {
                throw new InvalidOperationException($"{Kind} mapper returned no record without a skip reason at {source.Path}({source.Line})");
            }
        }
    }

    private static bool IsBlank(ITabularSource source) =>
        source.FieldCount == 0 || (source.FieldCount == 1 && string.IsNullOrWhiteSpace(source[0]));

    // Trailing empty fields (a stray comma at the end of a line) are harmless; anything else that
    // changes the width would shift every later column, so the row is rejected.
    private static bool FitsWidth(ITabularSource source, int width)
    {
        if (source.FieldCount == width)
        {
            return true;
        }

        if (source.FieldCount < width)
        {
            return false;
        }

        for (var i = width; i < source.FieldCount; i++)
        {
            if (source[i].Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    // A quote opened and never closed runs the cell on over the following lines until the next quote, and those
    // lines' rows vanish into it while the record still has the right number of fields. No published cell spans
    // lines with a row's worth of delimiters in it, so a cell that does is taken for that.
    private static (int Ordinal, string Message)? SwallowedRows(ITabularSource source, int width)
    {
        if (!source.SpansLines)
        {
            return null;
        }

        for (var i = 0; i < source.FieldCount; i++)
        {
            var cell = source[i];
            if (cell.Contains('\n', StringComparison.Ordinal) || cell.Contains('\r', StringComparison.Ordinal))
            {
                var lines = cell.ReplaceLineEndings("\n").Count(c => c == '\n');
                if (cell.Count(c => c == ',') >= Math.Max(1, width - 2))
                {
                    return (i, $"a quoted cell runs over {lines + 1} lines and holds what look like whole rows: a quote opened here is never closed, " +
                               $"so the {lines} line(s) after this one were read into this cell; expected a closing quote before the end of the line");
                }
            }
        }

        return null;
    }
}
