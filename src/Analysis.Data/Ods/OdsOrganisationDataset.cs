using Analysis.Data.Reading;
using L = Analysis.Data.Ods.OdsOrganisationLayouts;
using O = Analysis.Data.Ods.OdsOrganisation;

namespace Analysis.Data.Ods;

/// <summary>Reads ODS <c>epraccur.csv</c> into <see cref="OdsOrganisation"/>, one record per prescribing organisation.</summary>
internal sealed class OdsOrganisationDataset : Dataset<OdsOrganisation>
{
    public override DatasetKind Kind => DatasetKind.OdsPractices;

    public override LayoutTable Layouts => L.Table;

    protected override UniqueRows<OdsOrganisation> Uniqueness { get; } =
        new(nameof(O.Code), "one row per organisation code", o => new RowKey(o.Code), o => $"organisation {o.Code}");

    /// <summary>
    /// Without a header only the shape can identify the file: 27 fields, an organisation code first
    /// (a letter then letters or digits, such as <c>A81001</c> or <c>ALD200</c>), an 8-digit open date
    /// and a one-letter status. A header row, or another 27-field ODS file, fails one of these.
    /// </summary>
    public override bool Recognises(IReadOnlyList<string> firstRow) =>
        firstRow.Count == L.FieldCount
        && IsOrganisationCode(firstRow[L.CodeField - 1])
        && firstRow[L.OpenDateField - 1].Length == 8 && firstRow[L.OpenDateField - 1].All(char.IsAsciiDigit)
        && firstRow[L.StatusField - 1] is "A" or "C" or "D" or "P"
        && firstRow[L.PrescribingSettingField - 1] is { Length: > 0 } setting && setting.All(char.IsAsciiDigit);

    protected override OdsOrganisation? Map(RowView row) => new()
    {
        Code = row.RequiredText(nameof(O.Code)),
        Name = row.RequiredText(nameof(O.Name)),
        NationalGrouping = row.Text(nameof(O.NationalGrouping)),
        HighLevelHealthGeography = row.Text(nameof(O.HighLevelHealthGeography)),
        Postcode = row.Text(nameof(O.Postcode)),
        OpenDate = row.Date(nameof(O.OpenDate)),
        CloseDate = row.Date(nameof(O.CloseDate)),
        Status = StatusOf(row),
        Commissioner = row.Text(nameof(O.Commissioner)),
        PrescribingSetting = row.RequiredInt(nameof(O.PrescribingSetting)),
    };

    private static OrganisationStatus StatusOf(RowView row) => row.RequiredText(nameof(O.Status)).ToUpperInvariant() switch
    {
        "A" => OrganisationStatus.Active,
        "C" => OrganisationStatus.Closed,
        "D" => OrganisationStatus.Dormant,
        "P" => OrganisationStatus.Proposed,
        _ => row.Unexpected(nameof(O.Status), "a status code A, C, D or P", OrganisationStatus.Active),
    };

    private static bool IsOrganisationCode(string text) =>
        text.Length is >= 3 and <= 8 && char.IsAsciiLetterUpper(text[0]) && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
