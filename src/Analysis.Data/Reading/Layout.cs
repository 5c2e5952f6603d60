using Analysis.Data.Periods;

namespace Analysis.Data.Reading;

/// <summary>One column a layout expects: the typed field it feeds and the header it is published under.</summary>
/// <param name="Field">The typed field, conventionally the record property's name.</param>
/// <param name="Headers">The header spellings accepted (normally one).</param>
/// <param name="Optional">True when files of this vintage may lack the column.</param>
internal sealed record ColumnSpec(string Field, IReadOnlyList<string> Headers, bool Optional);

/// <summary>
/// One vintage of one publication's layout: the columns it has, by header name or, for files
/// without a header, by position.
/// </summary>
internal sealed record Layout(DatasetKind Kind, string Vintage, IReadOnlyList<ColumnSpec> Columns, int? HeaderlessFieldCount)
{
    public bool HasHeader => HeaderlessFieldCount is null;

    /// <summary>
    /// The year the layout's files cover when the vintage is one financial year (<c>2017-18</c>); null otherwise,
    /// as for layouts several years share (whose files do not say their year, so the caller must).
    /// </summary>
    public FinancialYear? Year => FinancialYear.Parse(Vintage).TryGetValue(out var year) ? year : null;

    public override string ToString() => $"{Kind} {Vintage}";
}
