using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using O = Analysis.Data.Ods.OdsOrganisation;

namespace Analysis.Data.Ods;

/// <summary>
/// The positions of the fields read from ODS <c>epraccur.csv</c>, which has no header: 27 quoted
/// fields per organisation.
/// </summary>
/// <remarks>
/// Field order per the ODS specification, as named in traffordDataLab/open_data : general_practice/pre-processing.R
/// and nhsconnect/prm-gp-registrations-mi-infra : utils/trud_files.py (GP_FILE_HEADERS): 1 organisation code,
/// 2 name, 3 national grouping, 4 high-level health geography, 5–9 address lines, 10 postcode, 11 open date,
/// 12 close date, 13 status code, 14 organisation sub-type, 15 commissioner, 16 join date, 17 left date,
/// 18 telephone, 19–21 null, 22 amended record indicator, 23 null, 24 provider/purchaser, 25 null,
/// 26 prescribing setting, 27 null. Shared real file: psychty/primary-care-geographies @
/// abc5ff0de635a97c9d611a6ec07396abf11db80a : epraccur.csv.
/// </remarks>
internal static class OdsOrganisationLayouts
{
    public const int FieldCount = 27;
    public const int CodeField = 1;
    public const int OpenDateField = 11;
    public const int StatusField = 13;
    public const int PrescribingSettingField = 26;

    public static LayoutTable Table { get; } = Headerless(
        DatasetKind.OdsPractices,
        "epraccur",
        FieldCount,
        Column(nameof(O.Code), "1"),
        Column(nameof(O.Name), "2"),
        Column(nameof(O.NationalGrouping), "3"),
        Column(nameof(O.HighLevelHealthGeography), "4"),
        Column(nameof(O.Postcode), "10"),
        Column(nameof(O.OpenDate), "11"),
        Column(nameof(O.CloseDate), "12"),
        Column(nameof(O.Status), "13"),
        Column(nameof(O.Commissioner), "15"),
        Column(nameof(O.PrescribingSetting), "26"));
}
