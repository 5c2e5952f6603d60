using Analysis.Data.Reading;
using static Analysis.Data.Reading.LayoutTable;
using M = Analysis.Data.Workforce.WorkforceMeasure;

namespace Analysis.Data.Workforce;

/// <summary>Where the General Practice Workforce "Practice Level - High level" CSV keeps each field.</summary>
/// <remarks>
/// Published from January 2023 (31 January 2023 "Changes in this series": a narrow file with each job
/// role's and each staff group's total FTE and headcount per practice, <c>NA</c> where no data). Column
/// list and order <c>PRAC_CODE, PRAC_NAME, STAFF_GROUP, DETAILED_STAFF_ROLE, MEASURE, VALUE</c>: public
/// code reading the July 2023 file by position (code-search index file 22680726547: columns 1, 3 and 6 are
/// the practice, staff group and value) and by name (index files 71543357640, 62020272310, reading the May
/// and June 2026 files), which also give the vocabulary: staff groups <c>GP</c>, <c>Nurses</c>,
/// <c>Direct Patient Care</c>, <c>Admin/Non-Clinical</c>; a <c>Total</c> row per group; measures <c>FTE</c>
/// and <c>Headcount</c>; GP trainee roles named <c>GP in Training Grade …</c>.
/// </remarks>
internal static class WorkforceHighLevelLayouts
{
    public static LayoutTable Table { get; } = new(
        DatasetKind.WorkforceHighLevel,
        ["2023"],
        Column(nameof(M.Practice), "PRAC_CODE"),
        Column(nameof(M.PracticeName), "PRAC_NAME"),
        Column(nameof(M.StaffGroup), "STAFF_GROUP"),
        Column(nameof(M.DetailedStaffRole), "DETAILED_STAFF_ROLE"),
        Column(nameof(M.Measure), "MEASURE"),
        Column(nameof(M.Value), "VALUE"));
}
