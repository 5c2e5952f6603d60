using Analysis.Data.Periods;

namespace Analysis.Data.Sample.Model;

/// <summary>A practice's staff at one September census, with the registered list the file gives beside them.</summary>
internal sealed class WorkforceCensus(Month month, int patients, IReadOnlyList<StaffMember> staff, bool dpcEstimated)
{
    public Month Month { get; } = month;

    public int Patients { get; } = patients;

    public IReadOnlyList<StaffMember> Staff { get; } = staff;

    /// <summary>True when the direct patient care FTEs are flagged as including NHS England estimates.</summary>
    public bool DpcEstimated { get; } = dpcEstimated;

    public double Fte(Func<StaffMember, bool> filter) => Staff.Where(filter).Sum(s => s.Fte);

    public int Headcount(Func<StaffMember, bool> filter) => Staff.Count(filter);

    public double QualifiedGpFte => Fte(s => s.IsQualifiedGp);

    public double TraineeAndLocumFte => Fte(s => s.IsTrainee || s.IsLocum);

    public double GroupFte(StaffGroup group) => Fte(s => s.Group == group);
}
