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

    public virtual bool Recognises(IReadOnlyList<string> firstRow) => true;

    /// <summary>Maps the current row to a record, or returns null after <see cref="RowView.Skip"/>.</summary>
    protected abstract T? Map(RowView row);

    public (IList Rows, ReadReport Report) ReadAll(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        var (rows, report) = Read(source, match, options);
        return (rows, report);
    }

    public (List<T> Rows, ReadReport Report) Read(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        var rows = new List<T>();
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var issues = new List<ReadIssue>();
        var issueCount = 0;
        var dataRows = 0;
        var rejected = 0;
        var width = match.Layout.HeaderlessFieldCount ?? match.Headers.Count;
        var view = new RowView(source, match, options);
        if (match.Layout.Year is { } named && options.Period is { } given && given != named.ToString())
        {
            throw new DataFormatException(source.Path, $"the header is the {Kind} {match.Layout.Vintage} layout, but ReaderOptions.Period says {given}", line: 1);
        }

        if (!match.Layout.HasHeader)
        {
            source.IncludeFirstRowAsData();
        }

        while (source.Read())
        {
            dataRows++;
            view.Reset();
            T? record = null;
            if (IsBlank(source))
            {
                view.Skip("blank line");
            }
            else if (!FitsWidth(source, width))
            {
                view.AddRowIssue(IssueCode.WrongFieldCount, $"expected {width} fields, found {source.FieldCount}");
            }
            else
            {
                record = Map(view);
            }

            if (view.Issues.Count > 0)
            {
                if (options.Strict)
                {
                    throw DataFormatException.From(view.Issues[0]);
                }

                rejected++;
                issueCount += view.Issues.Count;
                issues.AddRange(view.Issues.Take(Math.Max(0, options.MaxIssuesKept - issues.Count)));
            }
            else if (view.SkipReason is { } reason)
            {
                skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
            }
            else if (record is not null)
            {
                rows.Add(record);
            }
            else
            {
                throw new InvalidOperationException($"{Kind} mapper returned no record without a skip reason at {source.Path}({source.Line})");
            }
        }

        var report = new ReadReport
        {
            Path = source.Path,
            Kind = Kind,
            Vintage = match.Layout.Vintage,
            Period = match.Layout.Year?.ToString() ?? options.Period,
            Encoding = source.EncodingName,
            Sheet = source.Sheet,
            DataRows = dataRows,
            RowsRead = rows.Count,
            Skipped = skipped,
            RowsRejected = rejected,
            MappedColumns = match.MappedColumns(),
            UnmappedColumns = match.Unmapped,
            Issues = issues,
            IssueCount = issueCount,
        };
        return (rows, report);
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
}
