using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using A = Analysis.Data.Registrations.AgeBandCount;

namespace Analysis.Data.Registrations;

/// <summary>
/// Where the quinary age file (<c>gp-reg-pat-prac-quin-age.csv</c>) keeps each field. Its header has
/// not changed since PCN rows were added: the CCG era and the sub-ICB era differ only in the
/// <c>ORG_TYPE</c> values (<c>CCG</c>/<c>STP</c> became <c>SUB_ICB_LOCATION_CODE</c>/<c>ICB</c>) and
/// the spelling of <c>EXTRACT_DATE</c> (<c>01JAN2021</c> became <c>2026-07-01</c>), so one layout reads both.
/// </summary>
/// <remarks>
/// Sources of the column list:
/// sub-ICB era: the shared real SUBSET, efejiroe/praqtis @ 2f1097c9758f62a61365a87e934806f8e718fa4e : dat/in/gp-reg-pat-prac-quin-age.zip (extract 2026-07-01).
/// CCG era: GSS-Cogs/family-towns-and-high-streets @ d2a37dce1231654a46f7b810812734a547283599 :
/// datasets/NHS-D-Patients-Registered-at-a-GP-Practice/main.py, which reads the 2020 "5-year age groups
/// (Commissioning Regions-STPs-CCGs-PCNs-GP practice)" file by the same nine column names.
/// </remarks>
internal static class QuinaryAgeLayouts
{
    public const string AgeGroup = "AgeGroup";

    public static LayoutTable Table { get; } = new(
        DatasetKind.QuinaryAge,
        ["CCG and sub-ICB"],
        Column(nameof(A.Month), "EXTRACT_DATE"),
        Column(nameof(A.OrgType), "ORG_TYPE"),
        Column(nameof(A.OrgCode), "ORG_CODE"),
        Column(nameof(A.Sex), "SEX"),
        Column(AgeGroup, "AGE_GROUP_5"),
        Column(nameof(A.Patients), "NUMBER_OF_PATIENTS"));
}
