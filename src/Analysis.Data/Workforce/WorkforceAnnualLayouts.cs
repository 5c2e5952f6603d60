using Analysis.Data.Reading;
using static Analysis.Data.Reading.LayoutTable;
using W = Analysis.Data.Workforce.WorkforceSnapshot;

namespace Analysis.Data.Workforce;

/// <summary>
/// Where the annual derived workforce panel keeps each field: one row per practice per financial year,
/// each figure the mean of that year's practice-level censuses.
/// </summary>
/// <remarks>
/// Not an NHS publication: built by the Health Equity Evidence Centre from the practice-level CSVs
/// (HealthEquityEvidenceCentre/HEEC @ 371db85cbc499bbf6896eb05a32578bf611fbc42 : datapacks/workforce_year.csv).
/// <c>TOTAL_LOCUUM_TRN_FTE</c> (sic) is all GPs less fully qualified GPs, i.e. trainees plus locums.
/// <c>IMD</c> and <c>IMD_quintile</c> (an interpolated Fingertips deprivation score and its quintile) are
/// left unmapped on purpose: deprivation comes from its own dataset.
/// </remarks>
internal static class WorkforceAnnualLayouts
{
    public const string Year = "Year";

    public static LayoutTable Table { get; } = new(
        DatasetKind.WorkforceAnnual,
        ["HEEC 2024"],
        Column(nameof(W.Practice), "Practice.Code"),
        Column(Year, "Year"),
        Column(nameof(W.RegisteredPatients), "TOTAL_PATIENTS"),
        Column(nameof(W.QualifiedGpFte), "TOTAL_GP_EXTGL_FTE"),
        Column(nameof(W.TraineeAndLocumGpFte), "TOTAL_LOCUUM_TRN_FTE"),
        Column(nameof(W.NurseFte), "TOTAL_NURSES_FTE"),
        Column(nameof(W.DirectPatientCareFte), "TOTAL_DPC_FTE"),
        Column(nameof(W.AdminFte), "TOTAL_ADMIN_FTE"));
}
