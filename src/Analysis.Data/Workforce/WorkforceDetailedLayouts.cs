using Analysis.Data.Reading;
using static Analysis.Data.Reading.LayoutTable;
using W = Analysis.Data.Workforce.WorkforceSnapshot;

namespace Analysis.Data.Workforce;

/// <summary>
/// Where each vintage of the General Practice Workforce wide practice-level CSV keeps each field.
/// Only the columns the reader uses are listed; the files have 100 to 800 more.
/// </summary>
/// <remarks>
/// Sources of each vintage's column names:
/// <list type="bullet">
/// <item><c>2015-18 EXRL</c>, the files as first published for September 2015 to 2018, where GPs are
/// split by registrars (<c>_EXRL_</c> = excluding registrars and locums, <c>_EXRRL_</c> = also
/// excluding retainers): the column list read by a public R script from the September 2015-2018
/// practice-level CSVs (code-search index file 27028487830, <c>data_quality_summary</c>, and 26705202406,
/// <c>write_workforce_data_to_db</c>, which also reads <c>PRAC_CODE, PRAC_NAME, CONTRACT, TOTAL_PATIENTS</c>
/// and the 14 patient age-sex bands). No whole published header was found, so column order is unverified.</item>
/// <item><c>2015-20 EXTGL</c>, the September 2015 to February 2020 files as re-published in August 2022
/// with ICB-era geography and the trainee/locum split (<c>_EXTG_</c>, <c>_EXTGL_</c>): no PCN columns
/// (public loader reading those files, index file 28833656462, and NHS England's "Sept_2015 to July_2022
/// Practice Level Definitions"; the 31 July 2022 "Changes in this series" page says every practice-level
/// CSV back to September 2015 was re-produced).</item>
/// <item><c>2020-22 EXTGL</c>, March 2020 to December 2022: as above with <c>PCN_CODE, PCN_NAME</c>
/// (same loader).</item>
/// <item><c>2023 EXTGL</c>, from January 2023: adds FTE by age band for every staff group (31 January 2023
/// "Changes in this series": <c>TOTAL_GP_FTE_UNDER30</c> …) and, from February 2023, <c>NA</c> for every kind
/// of "no data"; the real header is HFAnalyticsLab/gp_dashboard @ 50097fbc37876fb013c49f188cfa93e71f784000 :
/// data/workforce/1 General Practice – September 2024 Practice Level - Detailed.csv (799 columns).</item>
/// </list>
/// </remarks>
internal static class WorkforceDetailedLayouts
{
    public const string Exrl = "2015-18 EXRL";
    public const string GpSource = "GpSource";
    public const string NurseSource = "NurseSource";
    public const string DpcSource = "DpcSource";
    public const string AdminSource = "AdminSource";
    public const string GpExclTraineesFte = "GpExclTraineesFte";
    public const string GpExclLocumsFte = "GpExclLocumsFte";
    public const string QualifiedAged55To59 = "QualifiedAged55To59";
    public const string QualifiedAged60To64 = "QualifiedAged60To64";
    public const string QualifiedAged65To69 = "QualifiedAged65To69";
    public const string QualifiedAged70Plus = "QualifiedAged70Plus";
    public const string AdvancedPharmacistFte = "AdvancedPharmacistFte";

    // Read by no property: present only from January 2023, it tells that vintage from 2020-22.
    public const string GpFteAged55To59 = "GpFteAged55To59";

    public static LayoutTable Table { get; } = new(
        DatasetKind.WorkforceDetailed,
        [Exrl, "2015-20 EXTGL", "2020-22 EXTGL", "2023 EXTGL"],
        Column(nameof(W.Practice), "PRAC_CODE"),
        Column(nameof(W.Name), "PRAC_NAME"),
        Column(AreaFields.PcnCode, null, null, "PCN_CODE", "PCN_CODE"),
        Column(AreaFields.PcnName, null, null, "PCN_NAME", "PCN_NAME"),
        Optional(AreaFields.SubIcbCode, null, "SUB_ICB_CODE", "SUB_ICB_CODE", "SUB_ICB_CODE"),
        Optional(AreaFields.SubIcbName, null, "SUB_ICB_NAME", "SUB_ICB_NAME", "SUB_ICB_NAME"),
        Optional(AreaFields.IcbCode, null, "ICB_CODE", "ICB_CODE", "ICB_CODE"),
        Optional(AreaFields.IcbName, null, "ICB_NAME", "ICB_NAME", "ICB_NAME"),
        Optional(AreaFields.RegionCode, null, "REGION_CODE", "REGION_CODE", "REGION_CODE"),
        Optional(AreaFields.RegionName, null, "REGION_NAME", "REGION_NAME", "REGION_NAME"),
        Column(nameof(W.RegisteredPatients), "TOTAL_PATIENTS"),
        Column(GpSource, null, "GP_SOURCE", "GP_SOURCE", "GP_SOURCE"),
        Optional(NurseSource, null, "NURSE_SOURCE", "NURSE_SOURCE", "NURSE_SOURCE"),
        Optional(DpcSource, null, "DPC_SOURCE", "DPC_SOURCE", "DPC_SOURCE"),
        Optional(AdminSource, null, "ADMIN_SOURCE", "ADMIN_SOURCE", "ADMIN_SOURCE"),
        Column(nameof(W.AllGpHeadcount), "TOTAL_GP_HC"),
        Column(nameof(W.AllGpFte), "TOTAL_GP_FTE"),
        Column(GpExclTraineesFte, null, "TOTAL_GP_EXTG_FTE", "TOTAL_GP_EXTG_FTE", "TOTAL_GP_EXTG_FTE"),
        Column(GpExclLocumsFte, "TOTAL_GP_EXL_FTE"),
        Column(nameof(W.QualifiedGpHeadcount), "TOTAL_GP_EXRL_HC", "TOTAL_GP_EXTGL_HC", "TOTAL_GP_EXTGL_HC", "TOTAL_GP_EXTGL_HC"),
        Column(nameof(W.QualifiedGpFte), "TOTAL_GP_EXRL_FTE", "TOTAL_GP_EXTGL_FTE", "TOTAL_GP_EXTGL_FTE", "TOTAL_GP_EXTGL_FTE"),
        Optional(QualifiedAged55To59, null, "TOTAL_GP_EXTGL_HC_55TO59", "TOTAL_GP_EXTGL_HC_55TO59", "TOTAL_GP_EXTGL_HC_55TO59"),
        Optional(QualifiedAged60To64, null, "TOTAL_GP_EXTGL_HC_60TO64", "TOTAL_GP_EXTGL_HC_60TO64", "TOTAL_GP_EXTGL_HC_60TO64"),
        Optional(QualifiedAged65To69, null, "TOTAL_GP_EXTGL_HC_65TO69", "TOTAL_GP_EXTGL_HC_65TO69", "TOTAL_GP_EXTGL_HC_65TO69"),
        Optional(QualifiedAged70Plus, null, "TOTAL_GP_EXTGL_HC_70PLUS", "TOTAL_GP_EXTGL_HC_70PLUS", "TOTAL_GP_EXTGL_HC_70PLUS"),
        Column(GpFteAged55To59, null, null, null, "TOTAL_GP_FTE_55TO59"),
        Column(nameof(W.NurseFte), "TOTAL_NURSES_FTE"),
        Column(nameof(W.DirectPatientCareFte), "TOTAL_DPC_FTE"),
        Column(nameof(W.PharmacistFte), "TOTAL_DPC_PHARMA_FTE"),
        Optional(AdvancedPharmacistFte, null, "TOTAL_DPC_ADV_PHARMA_PRAC_FTE", "TOTAL_DPC_ADV_PHARMA_PRAC_FTE", "TOTAL_DPC_ADV_PHARMA_PRAC_FTE"),
        Column(nameof(W.PhysicianAssociateFte), "TOTAL_DPC_PHYSICIAN_ASSOC_FTE"),
        Column(nameof(W.AdminFte), "TOTAL_ADMIN_FTE"));
}
