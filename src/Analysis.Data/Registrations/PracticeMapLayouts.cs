using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using M = Analysis.Data.Registrations.PracticeMapEntry;

namespace Analysis.Data.Registrations;

/// <summary>
/// Where each vintage of the practice map (<c>gp-reg-pat-prac-map.csv</c>) keeps each field: CCG and
/// STP columns until June 2022, sub-ICB location and ICB columns after.
/// </summary>
/// <remarks>
/// Sources of the column lists:
/// CCG/STP: the shared real file, nhsx-mirror/SystemHierarchies @ c4d6cff5a8ca65ee287814ee312d0cdfa0c35833 : data/gp-reg-pat-prac-map.csv (extract 01Jan2022).
/// Sub-ICB/ICB: the field list of the July 2023 file (https://files.digital.nhs.uk/2C/59030E/gp-reg-pat-prac-map.csv) as
/// documented in the README "Practice and Primary Care Network (PCN) Catchment Calculation" (R. Blackwell, 2023-08-15, code
/// index id 16097925337): PUBLICATION, EXTRACT_DATE, PRACTICE_CODE, PRACTICE_NAME, PRACTICE_POSTCODE, PCN_CODE, PCN_NAME,
/// ONS_SUB_ICB_LOCATION_CODE, SUB_ICB_LOCATION_CODE, SUB_ICB_LOCATION_NAME, ONS_ICB_CODE, ICB_CODE, ICB_NAME,
/// ONS_COMM_REGION_CODE, COMM_REGION_CODE, COMM_REGION_NAME, SUPPLIER_NAME; the July 2026 file still has PRACTICE_CODE,
/// PCN_CODE, PCN_NAME, ICB_CODE and ICB_NAME (efejiroe/praqtis @ 1188c88672fe0a6aff3a5d06563a4bbd986d6547 : src/aggregate_pcn.R).
/// </remarks>
internal static class PracticeMapLayouts
{

    public static LayoutTable Table { get; } = new(
        DatasetKind.PracticeMap,
        ["CCG", "Sub-ICB"],
        Column(nameof(M.Month), "EXTRACT_DATE"),
        Column(nameof(M.Practice), "PRACTICE_CODE"),
        Column(nameof(M.Name), "PRACTICE_NAME"),
        Column(nameof(M.Postcode), "PRACTICE_POSTCODE"),
        Column(AreaFields.PcnCode, "PCN_CODE"),
        Column(AreaFields.PcnName, "PCN_NAME"),
        Column(AreaFields.SubIcbCode, "CCG_CODE", "SUB_ICB_LOCATION_CODE"),
        Column(AreaFields.SubIcbName, "CCG_NAME", "SUB_ICB_LOCATION_NAME"),
        Column(AreaFields.IcbCode, "STP_CODE", "ICB_CODE"),
        Column(AreaFields.IcbName, "STP_NAME", "ICB_NAME"),
        Column(AreaFields.RegionCode, "COMM_REGION_CODE"),
        Column(AreaFields.RegionName, "COMM_REGION_NAME"));
}
