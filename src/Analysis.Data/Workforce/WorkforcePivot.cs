namespace Analysis.Data.Workforce;

/// <summary>
/// Turns the long "High level" workforce rows (<see cref="WorkforceMeasure"/>) into one
/// <see cref="WorkforceSnapshot"/> per practice and census.
/// </summary>
/// <remarks>
/// Staff-group figures come from each group's <c>Total</c> row, never from adding role rows (a person in
/// two roles is one head). Trainee FTE adds the GP roles naming training (<c>GP in Training Grade …</c>),
/// locum FTE the GP roles naming locums, and qualified FTE is the GP total less both; FTE adds up, so
/// this equals the wide file's <c>TOTAL_GP_EXTGL_FTE</c>. Qualified headcount, GPs aged 55 and over and
/// registered patients are not in this file and stay null. Pharmacists are the direct-patient-care roles
/// naming pharmacists (advanced practitioners included, apprentices and pharmacy technicians not);
/// physician associates likewise. A practice is <see cref="WorkforceSnapshot.IsEstimated"/> when any of
/// its rows is <c>NA</c> (no practice data; NHS England estimates that role at sub-ICB level); the
/// partial FTE estimates the wide file flags are not visible here.
/// </remarks>
public static class WorkforcePivot
{
    private const string Total = "Total";
    private const string Gp = "GP";
    private const string Nurses = "Nurses";
    private const string DirectPatientCare = "Direct Patient Care";
    private const string Admin = "Admin/Non-Clinical";

    /// <summary>One snapshot per practice and census, ordered by practice then census.</summary>
    public static IReadOnlyList<WorkforceSnapshot> ToSnapshots(IEnumerable<WorkforceMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return measures
            .GroupBy(m => (m.Practice, m.Census))
            .OrderBy(g => g.Key.Practice)
            .ThenBy(g => g.Key.Census)
            .Select(g => Snapshot(g.ToList()))
            .ToList();
    }

    private static WorkforceSnapshot Snapshot(List<WorkforceMeasure> rows)
    {
        var allGp = GroupTotal(rows, Gp, WorkforceMeasureKind.Fte);
        var trainees = allGp is null ? null : RoleSum(rows, Gp, IsTrainee);
        var locums = allGp is null ? null : RoleSum(rows, Gp, IsLocum);
        var dpc = GroupTotal(rows, DirectPatientCare, WorkforceMeasureKind.Fte);
        return new WorkforceSnapshot
        {
            Practice = rows[0].Practice,
            Census = rows[0].Census,
            Name = rows.Select(r => r.PracticeName).FirstOrDefault(n => n is not null),
            AllGpFte = allGp,
            AllGpHeadcount = (int?)GroupTotal(rows, Gp, WorkforceMeasureKind.Headcount),
            TraineeGpFte = trainees,
            LocumGpFte = locums,
            QualifiedGpFte = allGp - trainees - locums,
            NurseFte = GroupTotal(rows, Nurses, WorkforceMeasureKind.Fte),
            DirectPatientCareFte = dpc,
            PharmacistFte = dpc is null ? null : RoleSum(rows, DirectPatientCare, r => Names(r, "Pharmacist") && !Names(r, "Apprentice")),
            PhysicianAssociateFte = dpc is null ? null : RoleSum(rows, DirectPatientCare, r => Names(r, "Physician Associate") && !Names(r, "Apprentice")),
            AdminFte = GroupTotal(rows, Admin, WorkforceMeasureKind.Fte),
            IsEstimated = rows.Any(r => r.Value is null),
        };
    }

    private static decimal? GroupTotal(List<WorkforceMeasure> rows, string group, WorkforceMeasureKind measure) =>
        rows.FirstOrDefault(r => r.Measure == measure && Same(r.StaffGroup, group) && Same(r.DetailedStaffRole, Total))?.Value;

    // Roles a practice does not have may be left out of the file, so none found is 0; an NA among
    // them makes the sum unknown.
    private static decimal? RoleSum(List<WorkforceMeasure> rows, string group, Func<string, bool> role)
    {
        decimal? sum = 0m;
        foreach (var r in rows)
        {
            if (r.Measure == WorkforceMeasureKind.Fte && Same(r.StaffGroup, group) && !Same(r.DetailedStaffRole, Total) && role(r.DetailedStaffRole))
            {
                sum += r.Value;
            }
        }

        return sum;
    }

    private static bool IsTrainee(string role) => Names(role, "Training") || Names(role, "Registrar");

    private static bool IsLocum(string role) => Names(role, "Locum");

    private static bool Names(string role, string word) => role.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
