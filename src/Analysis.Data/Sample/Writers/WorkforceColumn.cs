using Analysis.Data.Sample.Model;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// One staff column of the workforce Detailed file read from its name: a measure (headcount or FTE), a
/// sex (or both), a staff group, optionally a role or GP subset, and optionally an age band or country of
/// qualification. <c>TOTAL_GP_EXTGL_HC_55TO59</c> is the headcount of fully qualified GPs (excluding
/// trainees and locums) of either sex aged 55 to 59.
/// </summary>
internal sealed record WorkforceColumn(int Index, string Name, bool Fte, bool? Female, StaffGroup Group, string? Role, bool ExcludeTrainees, bool ExcludeLocums, string? AgeBand, string? Qualified)
{
    public bool Matches(in StaffMember s) =>
        s.Group == Group
        && (Female is null || s.Female == Female)
        && (Role is null || s.Role == Role)
        && !(ExcludeTrainees && s.IsTrainee)
        && !(ExcludeLocums && s.IsLocum)
        && (AgeBand is null || s.AgeBand == AgeBand)
        && (Qualified is null || s.Qualified == Qualified);

    /// <summary>Reads a staff column's name (one with an <c>HC</c> or <c>FTE</c> token); null for the practice, patient and source columns.</summary>
    /// <exception cref="FormatException">A name that looks like a staff column but does not parse.</exception>
    public static WorkforceColumn? Parse(int index, string name)
    {
        var tokens = name.Split('_');
        if (!tokens.Contains("HC") && !tokens.Contains("FTE"))
        {
            return null;
        }

        bool? female = tokens[0] switch { "TOTAL" => null, "MALE" => false, "FEMALE" => true, _ => throw Bad(name) };
        var rest = tokens[1..];

        // The publication spells one column FEMALE_TRAINEE_DPC_NURSE_ASSOC_HC (not ..._DPC_TRAINEE_...).
        if (rest is ["TRAINEE", "DPC", ..])
        {
            rest = ["DPC", "TRAINEE", .. rest[2..]];
        }

        var measure = Array.FindIndex(rest, t => t is "HC" or "FTE");
        var subject = rest[..measure];
        var qualifier = string.Join('_', rest[(measure + 1)..]);
        var coq = qualifier.StartsWith("COQ_", StringComparison.Ordinal) ? qualifier[4..] : null;
        var age = qualifier.Length > 0 && coq is null ? qualifier : null;
        var role = subject.Length > 1 ? string.Join('_', subject[1..]) : null;
        var (group, exTrainees, exLocums) = (subject[0], role) switch
        {
            ("GP", "EXTG") => (StaffGroup.Gp, true, false),
            ("GP", "EXL") => (StaffGroup.Gp, false, true),
            ("GP", "EXTGL") => (StaffGroup.Gp, true, true),
            ("GP", _) => (StaffGroup.Gp, false, false),
            ("NURSES" or "N", _) => (StaffGroup.Nurse, false, false),
            ("DPC", _) => (StaffGroup.DirectPatientCare, false, false),
            ("ADMIN", _) => (StaffGroup.Admin, false, false),
            _ => throw Bad(name),
        };

        if (exTrainees || exLocums)
        {
            role = null;
        }

        return new WorkforceColumn(index, name, rest[measure] == "FTE", female, group, role, exTrainees, exLocums, age, coq);
    }

    private static FormatException Bad(string name) => new($"workforce column '{name}' does not follow the publication's naming");
}
