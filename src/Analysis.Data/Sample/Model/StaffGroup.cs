namespace Analysis.Data.Sample.Model;

/// <summary>The four staff groups of the GP workforce publication.</summary>
internal enum StaffGroup
{
    Gp,
    Nurse,
    DirectPatientCare,
    Admin,
}
