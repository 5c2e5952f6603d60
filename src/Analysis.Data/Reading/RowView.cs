using System.Globalization;
using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.Reading;

/// <summary>
/// The current row of a file, read by typed field name rather than by column position. Every parse
/// failure becomes a located <see cref="ReadIssue"/>; a row with any issue is not turned into a record.
/// </summary>
internal sealed class RowView
{
    private readonly ITabularSource _source;
    private readonly LayoutMatch _match;
    private readonly ReaderOptions _options;
    private readonly List<ReadIssue> _issues = [];
    private readonly FinancialYear? _layoutYear;
    private readonly int _longestMissingToken;
    private object? _period;
    private int _row = 1;
    private (string? Text, DateOnly Value) _lastDate;
    private int[] _readOn = new int[32];
    private string?[] _texts = new string?[32];

    public RowView(ITabularSource source, LayoutMatch match, ReaderOptions options)
    {
        _source = source;
        _match = match;
        _options = options;
        _layoutYear = match.Layout.Year;
        _longestMissingToken = options.MissingTokens.Count == 0 ? -1 : options.MissingTokens.Max(t => t.Length);
    }

    public string Path => _source.Path;

    public int Line => _source.Line;

    public string Vintage => _match.Layout.Vintage;

    /// <summary>
    /// The financial year the file covers: the vintage's, or <see cref="ReaderOptions.Period"/> for layouts
    /// several years share. Asking for it when neither says stops the read: a guessed year would silently
    /// misplace every row.
    /// </summary>
    /// <exception cref="DataFormatException">The layout does not name a year and none was given.</exception>
    public FinancialYear Year => _layoutYear ?? Period("financial year", "2024-25", t => FinancialYear.Parse(t));

    /// <summary>The census month of a file whose rows do not carry one, from <see cref="ReaderOptions.Period"/>.</summary>
    /// <exception cref="DataFormatException">No period was given, or it is not a month.</exception>
    public Month Census => Period("census month", "2024-09", t => Month.Parse(t));

    /// <summary>True when the caller stated the file's period.</summary>
    public bool PeriodGiven => _options.Period is not null;

    /// <summary>
    /// The file's period as given in <see cref="ReaderOptions.Period"/>, parsed as the publication's period
    /// type; parsed once per file. When inspecting, a missing period reads as the type's default.
    /// </summary>
    /// <exception cref="DataFormatException">No period was given (when reading records), or it does not parse.</exception>
    public T Period<T>(string what, string example, Func<string, ParseResult<T>> parse)
        where T : struct
    {
        if (_period is T known)
        {
            return known;
        }

        if (_options.Period is null)
        {
            return _options.PeriodMayBeUnknown ? default : throw new DataFormatException(Path,
                $"the {_match.Layout.Kind} layout '{Vintage}' does not say which {what} the file covers; expected it as " +
                $"ReaderOptions.Period (for example \"{example}\"); it is never taken from the file name", line: 1);
        }

        var parsed = parse(_options.Period);
        if (!parsed.Success)
        {
            throw new DataFormatException(Path, $"ReaderOptions.Period for a {_match.Layout.Kind} file: {parsed.Error}", line: 1);
        }

        _period = parsed.Value;
        return parsed.Value;
    }

    /// <summary>The header the field was read from, or null when the file has no such column.</summary>
    public string? HeaderOf(string field)
    {
        var at = _match.OrdinalOf(field);
        return at < 0 ? null : _match.HeaderOf(at);
    }

    /// <summary>Why the current row is deliberately left out, if it is.</summary>
    public string? SkipReason { get; private set; }

    public IReadOnlyList<ReadIssue> Issues => _issues;

    /// <summary>True when the file has a column for the field.</summary>
    public bool Has(string field) => _match.Has(field);

    /// <summary>The cell exactly as published, or null when the file has no such column.</summary>
    public string? Raw(string field)
    {
        var at = _match.OrdinalOf(field);
        return at < 0 ? null : _source[at];
    }

    /// <summary>The trimmed cell text, or null when absent or a missing-value token.</summary>
    public string? Text(string field)
    {
        var at = _match.OrdinalOf(field);
        if (at < 0)
        {
            return null;
        }

        // Fields are read more than once per row (a required cell is checked, then parsed); a file of millions of
        // rows should take each cell out of the parser once.
        if (at >= _readOn.Length)
        {
            Array.Resize(ref _readOn, Math.Max(at + 1, _readOn.Length * 2));
            Array.Resize(ref _texts, _readOn.Length);
        }

        if (_readOn[at] == _row)
        {
            return _texts[at];
        }

        // A byte-order mark inside a file is left where two files were joined; it belongs to no cell.
        var trimmed = _source[at].Trim().Trim('\uFEFF').Trim();
        // Every cell is checked against the missing-value tokens; a cell longer than all of them (most numbers and
        // codes) cannot be one, and skips the case-insensitive hash.
        var text = trimmed.Length <= _longestMissingToken && _options.MissingTokens.Contains(trimmed) ? null : trimmed;
        _readOn[at] = _row;
        _texts[at] = text;
        return text;
    }

    public string RequiredText(string field) => Text(field) ?? Missing(field, "a value", string.Empty);

    public decimal? Decimal(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        return CellText.TryDecimal(text, out var value) ? value : Bad<decimal?>(field, IssueCode.NotANumber, "a number", null);
    }

    public decimal RequiredDecimal(string field) => (IsMissing(field, "a number") ? null : Decimal(field)) ?? 0m;

    /// <summary>A whole number; a float spelling of one (<c>113.0</c>) is accepted.</summary>
    public long? Whole(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        return CellText.TryWhole(text, out var value) ? value : Bad<long?>(field, IssueCode.NotAWholeNumber, "a whole number", null);
    }

    public long RequiredWhole(string field) => (IsMissing(field, "a whole number") ? null : Whole(field)) ?? 0L;

    /// <summary>A whole number that fits a 32-bit integer; a larger one is an issue, never an overflow.</summary>
    public int? Int(string field) => Whole(field) is { } v ? Fits(field, v) : null;

    public int RequiredInt(string field) => Fits(field, RequiredWhole(field));

    /// <summary>
    /// The number, or an <see cref="IssueCode.OutOfRange"/> issue (and null) when it lies outside
    /// [<paramref name="lowest"/>, <paramref name="highest"/>]; see <see cref="Plausibility"/> for the bounds used.
    /// </summary>
    public decimal? Within(string field, decimal? value, decimal lowest, decimal highest, string what) =>
        value is not { } v || (v >= lowest && v <= highest)
            ? value
            : Report<decimal?>(field, IssueCode.OutOfRange, string.Create(CultureInfo.InvariantCulture,
                $"expected {what} from {lowest} to {highest}, found {Describe(Raw(field))}"), null);

    /// <summary>A count of people (patients, a register): a whole number of at least 0; a negative one is an issue.</summary>
    public int? Count(string field, int? value) =>
        value is < 0 ? Report<int?>(field, IssueCode.OutOfRange, $"expected a count of people (0 or more), found {Describe(Raw(field))}", null) : value;

    /// <summary>Rejects the row for a problem in the field's cell that the cell alone does not show (a duplicate key).</summary>
    public void Flag(string field, IssueCode code, string message) => Report(field, code, message, 0);

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        // Extract dates repeat on every row of a file; parsing against a dozen formats is the dearest step of a row.
        if (string.Equals(text, _lastDate.Text, StringComparison.Ordinal))
        {
            return _lastDate.Value;
        }

        if (CellText.TryDate(text, out var value))
        {
            _lastDate = (text, value);
            return value;
        }

        return Bad<DateOnly?>(field, IssueCode.NotADate, "a date (dd/mm/yyyy, yyyymmdd, 01JAN2021, yyyy-mm-dd or an Excel serial)", null);
    }

    public DateOnly RequiredDate(string field) => (IsMissing(field, "a date") ? null : Date(field)) ?? default;

    public OdsCode? Practice(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var parsed = OdsCode.Parse(text);
        return parsed.Success ? parsed.Value : Bad<OdsCode?>(field, IssueCode.NotAPracticeCode, "a practice code (one letter and five digits)", null);
    }

    public OdsCode RequiredPractice(string field) => (IsMissing(field, "a practice code") ? null : Practice(field)) ?? default;

    /// <summary>
    /// The area at <paramref name="level"/> from the standard <see cref="AreaFields"/>, or null when the code
    /// is missing or, for a PCN, says the practice is in none.
    /// </summary>
    public Area? AreaOf(AreaLevel level)
    {
        var (code, name) = AreaFields.For(level);
        return level == AreaLevel.Pcn && Text(code) is { } pcn && AreaFields.IsNoPcn(pcn) ? null : AreaOf(level, code, name);
    }

    /// <summary>Every area the row names (tiers the layout lacks are null), or null when it names none.</summary>
    public PracticeGeography? GeographyOf()
    {
        var geography = new PracticeGeography(AreaOf(AreaLevel.Pcn), AreaOf(AreaLevel.SubIcb), AreaOf(AreaLevel.Icb), AreaOf(AreaLevel.Region));
        return geography == PracticeGeography.Unknown ? null : geography;
    }

    /// <summary>An area from its code and name columns, or null when the code is missing.</summary>
    public Area? AreaOf(AreaLevel level, string codeField, string nameField) =>
        Text(codeField) is { } code ? new Area(level, code, Text(nameField) ?? string.Empty) : null;

    /// <summary>Reads the cell with a domain parser, recording its message when it fails.</summary>
    public T? Parsed<T>(string field, Func<string, ParseResult<T>> parse)
        where T : struct
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var result = parse(text);
        return result.Success ? result.Value : Report<T?>(field, IssueCode.UnexpectedValue, result.Error!, null);
    }

    /// <summary>Records that the cell holds a value outside the expected vocabulary.</summary>
    public T Unexpected<T>(string field, string expected, T fallback) =>
        Bad(field, IssueCode.UnexpectedValue, expected, fallback);

    /// <summary>Leaves the row out deliberately; it is counted under <paramref name="reason"/>.</summary>
    public void Skip(string reason) => SkipReason ??= reason;

    internal void Reset()
    {
        _issues.Clear();
        SkipReason = null;
        _row++;
    }

    internal void AddRowIssue(IssueCode code, string message) =>
        _issues.Add(new ReadIssue(Path, Line, null, null, code, message));

    internal void AddCellIssue(int ordinal, IssueCode code, string message) =>
        _issues.Add(new ReadIssue(Path, Line, _source.DescribeColumn(ordinal, _match.HeaderOf(ordinal)), _source[ordinal], code, message));

    // A missing cell is one issue; a present but unparsable cell is another, never both. (No delegate for the
    // parser: a method group of an instance method is a new delegate per call, three per row of a narrow file.)
    private bool IsMissing(string field, string expected) => Text(field) is null && Missing(field, expected, true);

    private T Missing<T>(string field, string expected, T fallback) =>
        Text(field) is null
            ? Report(field, IssueCode.MissingValue, $"expected {expected}, found {Describe(Raw(field))}", fallback)
            : fallback;

    private T Bad<T>(string field, IssueCode code, string expected, T fallback) =>
        Report(field, code, $"expected {expected}, found {Describe(Raw(field))}", fallback);

    private T Report<T>(string field, IssueCode code, string message, T fallback)
    {
        var at = _match.OrdinalOf(field);
        var column = at < 0 ? field : _source.DescribeColumn(at, _match.HeaderOf(at));
        _issues.Add(new ReadIssue(Path, Line, column, Raw(field), code, message));
        return fallback;
    }

    private int Fits(string field, long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : Bad(field, IssueCode.NotAWholeNumber, "a whole number from -2147483648 to 2147483647", 0);

    private static string Describe(string? raw) => raw switch
    {
        null => "no such column",
        _ when raw.Trim().Length == 0 => "an empty cell",
        _ => "'" + Visible(raw) + "'",
    };

    // A BOM, a NUL or a line feed inside a cell would print as nothing (or break the message across lines), so
    // a cell such as "\uFEFFX00002" would be reported as 'X00002' and look valid; escape them, and keep messages short.
    private static string Visible(string raw)
    {
        const int Longest = 80;
        var text = new System.Text.StringBuilder(Math.Min(raw.Length, Longest) + 8);
        foreach (var c in raw.Length > Longest ? raw.AsSpan(0, Longest) : raw.AsSpan())
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return raw.Length > Longest ? text.Append(CultureInfo.InvariantCulture, $"... ({raw.Length} characters)").ToString() : text.ToString();
    }
}
