using Analysis.Data.Reading;
using static Analysis.Data.Reading.LayoutTable;
using P = Analysis.Data.PcnWorkforce.PcnStaffRecord;

namespace Analysis.Data.PcnWorkforce;

/// <summary>Where the Primary Care Network workforce individual-level CSV keeps each field.</summary>
/// <remarks>
/// One vintage, ICB-era geography (sub-ICB, ICB, commissioning region; from July 2022): the real header
/// of "11.Primary Care Networks – September 2022 Individual Level.csv" (HealthEquityEvidenceCentre/HEEC @
/// 8a7205b2025b12f89fe366b6793400babca4d692 : data/pcn_workforce/raw/).
/// </remarks>
internal static class PcnWorkforceLayouts
{
    public const string DataSource = "DataSource";
    public const string CensusYear = "CensusYear";
    public const string CensusMonth = "CensusMonth";

    public static LayoutTable Table { get; } = new(
        DatasetKind.PcnWorkforce,
        ["2022-07 ICB"],
        Column(DataSource, "Data_source"),
        Column(CensusYear, "CENSUS_YEAR"),
        Column(CensusMonth, "CENSUS_MONTH"),
        Column(AreaFields.PcnCode, "PCN_CODE"),
        Column(AreaFields.PcnName, "PCN_NAME"),
        Column(AreaFields.SubIcbCode, "SUB_ICB_CODE"),
        Column(AreaFields.SubIcbName, "SUB_ICB_NAME"),
        Column(AreaFields.IcbCode, "ICB_CODE"),
        Column(AreaFields.IcbName, "ICB_NAME"),
        Column(AreaFields.RegionCode, "COMM_REGION_CODE"),
        Column(AreaFields.RegionName, "COMM_REGION_NAME"),
        Column(nameof(P.StaffGroup), "STAFF_GROUP"),
        Column(nameof(P.StaffRole), "STAFF_ROLE"),
        Column(nameof(P.DetailedRole), "DETAILED_STAFF_ROLE"),
        Column(nameof(P.Fte), "FTE"),
        Column(nameof(P.StaffId), "UNIQUE_IDENTIFIER"));
}
