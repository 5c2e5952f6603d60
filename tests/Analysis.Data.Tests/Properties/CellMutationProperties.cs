using System.Globalization;
using System.Text;
using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Data.Tests.Properties;

/// <summary>
/// Any one cell of a valid file replaced by any text yields either the value that text spells or an issue located
/// at that row and column, and the other rows are read unchanged; no exception but DataFormatException escapes.
/// </summary>
public sealed class CellMutationProperties
{
    private const int Width = 5;
    private static readonly ReaderOptions Options = new() { Period = "2024-25" };

    // Texts chosen to hit each parsing rule, mixed with FsCheck's arbitrary strings.
    private static readonly string[] Nasty =
    [
        "", " ", "-", "NA", "n/a", ":", "NULL", "0", "-0", "-1", "7.0", "7.5", " 42 ", "1,234", "1E3", "1e400", "99999999999",
        "2147483648", "NaN", "Infinity", "0x10", "１２", "\uFEFF12", "12\uFEFF", "12\n", "\"", "\"\"", ",", "a,b,c,d\ne,f", "X00001",
        "x00001", "Z99999", "X0001", "\r", "\t9\t", "٣", "+5", "5-", "(5)", "£5",
    ];

    private static Gen<string> Texts { get; } = Gen.Frequency(
        (1, Gen.Elements(Nasty)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    [Property(MaxTest = 300)]
    public Property A_quoted_cell_mutation_gives_the_spelt_value_or_an_issue_at_that_cell() =>
        Prop.ForAll(Valid().ToArbitrary(), Texts.ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (rows, text, pick) =>
        {
            // Text as the file can hold it: UTF-8 without NUL (a NUL marks a file as not text at all).
            var written = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text.Replace("\0", string.Empty, StringComparison.Ordinal)));
            var (at, column) = (pick % rows.Count, pick / rows.Count % Width);
            var cells = rows.Select(r => r.Cells(n => n.ToString(CultureInfo.InvariantCulture))).ToList();
            cells[at][column] = written;
            var expected = Expect(rows[at], column, written);
            var collides = expected is { } e && rows.Where((_, i) => i != at).Any(r => (r.Code, r.Register) == (e.Practice.Value, e.Register));

            var (read, report) = GeneratedFile.Read(PrevalenceRow.File(cells), Options);

            var records = read.Cast<QofPrevalence>().ToList();
            var others = rows.Where((_, i) => i != at).Select(Record);
            bool outcome;
            if (expected is { } value)
            {
                outcome = report.RowsRejected == 0 && records.SequenceEqual(rows.Select((r, i) => i == at ? value : Record(r)), Same.Instance);
            }
            else
            {
                outcome = report.RowsRejected == 1
                    && report.Issues.All(i => i.Line == at + 2)
                    && report.Issues.Any(i => i.Column!.StartsWith($"{column + 1} '", StringComparison.Ordinal))
                    && records.SequenceEqual(others, Same.Instance);
            }

            return outcome.When(!collides).Label($"row {at + 1}, column {column + 1} := '{written}'");
        });

    [Property(MaxTest = 300)]
    public Property A_raw_cell_mutation_never_crashes_and_leaves_every_row_accounted_for() =>
        Prop.ForAll(Valid().ToArbitrary(), Texts.ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (rows, text, pick) =>
        {
            var (at, column) = (pick % rows.Count, pick / rows.Count % Width);
            var lines = rows.Select((r, row) => string.Join(',', r.Cells(n => n.ToString(CultureInfo.InvariantCulture)).Select((c, i) => (row, i) == (at, column) ? text : c))).ToList();
            var file = PrevalenceRow.Header + "\n" + string.Join('\n', lines) + "\n";
            var physicalLines = file.ReplaceLineEndings("\n").Count(c => c == '\n');

            try
            {
                var (read, report) = GeneratedFile.Read(file, Options);
                return (report.DataRows == report.RowsRead + report.Skipped.Values.Sum() + report.RowsRejected
                        && read.Count == report.RowsRead
                        && report.Issues.All(i => i.Line >= 2 && i.Line <= physicalLines && i.Message.Length > 0)
                        && read.Cast<QofPrevalence>().Take(at).SequenceEqual(rows.Take(at).Select(Record), Same.Instance))
                    .Label($"row {at + 1}, column {column + 1} := '{text}': {report.DataRows} data rows, {report.RowsRead} read, {report.RowsRejected} rejected; {string.Join(" | ", report.Issues)}");
            }
            catch (DataFormatException e)
            {
                return (e.Line is >= 1 && e.Message.StartsWith(e.Path, StringComparison.Ordinal)).Label(e.Message);
            }
        });

    private static Gen<List<PrevalenceRow>> Valid() =>
        ReaderRoundTripProperties.PrevalenceRows.Where(r => r.Count is > 0 and <= 12);

    private static QofPrevalence Record(PrevalenceRow r) => new()
    {
        Year = FinancialYear.Parse("2024-25").Value,
        Practice = OdsCode.From(r.Code),
        Register = r.Register,
        RegisterCount = r.Count,
        ListType = r.ListType,
        ListSize = r.ListSize,
    };

    /// <summary>The record the row should read as with the cell replaced, or null when the text spells no valid value.</summary>
    private static QofPrevalence? Expect(PrevalenceRow row, int column, string text)
    {
        var clean = text.Trim().Trim('\uFEFF').Trim();
        if (ReaderOptions.StandardMissingTokens.Contains(clean))
        {
            return null;
        }

        var record = Record(row);
        return column switch
        {
            0 => OdsCode.Parse(clean) is { Success: true } code ? record with { Practice = code.Value } : null,
            1 => SwallowsRows(text) ? null : record with { Register = clean.ToUpperInvariant() },
            2 => Count(clean) is { } count ? record with { RegisterCount = count } : null,
            3 => SwallowsRows(text) ? null : record with { ListType = clean.ToUpperInvariant() },
            _ => Count(clean) is { } size ? record with { ListSize = size } : null,
        };
    }

    // Invariant-culture decimals with thousands separators and exponents, whole, 0 to int.MaxValue.
    private static int? Count(string text) =>
        decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d)
        && d == decimal.Truncate(d) && d is >= 0 and <= int.MaxValue
            ? (int)d
            : null;

    // The reader's rule for a quote that swallowed rows: a cell over several lines holding a row's worth of commas.
    private static bool SwallowsRows(string text) =>
        text.AsSpan().IndexOfAny('\r', '\n') >= 0 && text.Count(c => c == ',') >= Width - 2;

    /// <summary>Compares records with line breaks inside text normalised, as a CSV reader may return them either way.</summary>
    private sealed class Same : IEqualityComparer<QofPrevalence>
    {
        public static readonly Same Instance = new();

        public bool Equals(QofPrevalence? x, QofPrevalence? y) =>
            x is not null && y is not null
            && x with { Register = x.Register.ReplaceLineEndings("\n"), ListType = x.ListType.ReplaceLineEndings("\n") }
               == y with { Register = y.Register.ReplaceLineEndings("\n"), ListType = y.ListType.ReplaceLineEndings("\n") };

        public int GetHashCode(QofPrevalence obj) => obj.Practice.GetHashCode();
    }
}
