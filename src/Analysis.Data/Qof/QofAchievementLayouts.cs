using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using A = Analysis.Data.Qof.QofAchievement;

namespace Analysis.Data.Qof;

/// <summary>
/// Where each vintage of the QOF practice achievement table keeps each field. The table is a sheet of the
/// publication's workbook saved as CSV, so a file is only as old as its header says.
/// </summary>
/// <remarks>
/// <para>Where each column list comes from (header rows as published; spellings copied exactly):</para>
/// <list type="bullet">
/// <item>2017-18 and "2021-22 or 2022-23": the shared real files QOF 2017-18.csv and QOF 2022-23.csv.</item>
/// <item>2018-19, 2019-20 and 2021-22: HFAnalyticsLab/gp_dashboard @ d55ba196b9260a0d55691f2a3e73b91fce9b344e : data/qof/QOF 2018-19.csv, QOF 2019-20.csv, QOF 2021-22.csv</item>
/// <item>2023-24: HFAnalyticsLab/gp_dashboard @ 50097fbc37876fb013c49f188cfa93e71f784000 : data/qof/QOF 2023-24.csv;
/// 2024-25: the same repository @ 03b730dfb91c3c1a920e8d4f997fcf6444c5e309 : data/qof/QOF 2024-25.csv</item>
/// </list>
/// <para>No 2020-21 table was found; a year with its own header is one more vintage (one more spelling per row).</para>
/// <para>From 2021-22 the header no longer tells the year: 2021-22 and 2022-23 have the same twelve columns (2022-23
/// only wraps the first two headers with a line feed, which comparison ignores), and 2023-24 and 2024-25 the same
/// nine (no list size, no points available). Those vintages are named for the years they cover, and a file of
/// one must be read with <see cref="ReaderOptions.Period"/>. The framework maximum (559 or 635) is in the
/// achievement header itself and is read from there.</para>
/// <para>The 2017-18 and 2018-19 tables give STPs by ONS code only (E54...), not the ODS code an <see cref="Geography.Area"/>
/// carries, so the STP columns are left unmapped rather than filed under a code no other source uses.</para>
/// </remarks>
internal static class QofAchievementLayouts
{
    public const string LocalOfficeCode = "LocalOfficeCode";
    public const string LocalOfficeName = "LocalOfficeName";

    public const string Shared635Twelve = "2021-22 or 2022-23";
    public const string Shared635Nine = "2023-24 or 2024-25";

    public static LayoutTable Table { get; } = new(
        DatasetKind.QofAchievement,
        ["2017-18", "2018-19", "2019-20", Shared635Twelve, Shared635Nine],
        Column(AreaFields.RegionCode, "Region code", "Region code", null, null, null),
        Column(AreaFields.RegionName, "Region name", "Region name", null, null, null),
        Column(LocalOfficeCode, "Sub-region code", "Regional local office code", null, null, null),
        Column(LocalOfficeName, "Sub-region name", "Regional local office name", null, null, null),
        Column(AreaFields.SubIcbCode, "CCG code", "CCG code", "CCG ODS code (practice parent)", "Sub ICB Loc ODS code", "Sub ICB Loc ODS code"),
        Column(AreaFields.SubIcbName, "CCG name", "CCG name", "CCG name (practice parent)", "Sub ICB Loc name", "Sub ICB Loc name"),
        Column(AreaFields.PcnCode, null, null, "PCN ODS code", "PCN ODS code", "PCN ODS code"),
        Column(AreaFields.PcnName, null, null, "PCN name", "PCN name", "PCN name"),
        Column(nameof(A.Practice), "Practice code"),
        Column(nameof(A.Name), "Practice name"),
        Column(nameof(A.ListSize), "All ages", "List size", "List size", "List size", null),
        Column(nameof(A.PointsAchieved),
            "Achievement score (max. 559)",
            "Achievement score (559 max)",
            "Achievement score (559 max)",
            "Achievement score (635 max)",
            "Achievement score (635 max)"),
        Column(nameof(A.PercentOfMaximum),
            "QOF points total/559 available (per cent)",
            "QOF points total/559 available (%)",
            "QOF points total/559 available (%)",
            "QOF points total / 635 available (%)",
            "QOF points total / 635 available (%)"),
        Column(nameof(A.PointsAvailable),
            "Max. QOF points available (total points for indicators where register exists)",
            "Total points for indicators where register exists.(Max QOF points available)",
            "Total points for indicators where register exists. (Max QOF points available)",
            "Total points for indicators where register exists. (Max QOF points available)",
            null),
        Column(nameof(A.PercentOfAvailable),
            "Points achieved/max. QOF points available (per cent)",
            "Points achieved/ max.QOF points available (%)",
            "Points achieved/ max. QOF points available (%)",
            "Points achieved/ max. QOF points available (%)",
            null));
}
