using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.PcnWorkforce;

/// <summary>One PCN's total FTE in one staff role at one census, summed from the individual-level rows.</summary>
/// <param name="Census">The census month.</param>
/// <param name="Pcn">The PCN (its name as first seen).</param>
/// <param name="StaffGroup">The staff group the role belongs to.</param>
/// <param name="StaffRole">The role, such as "Pharmacists".</param>
/// <param name="Fte">The role's FTE, small negative corrections included.</param>
/// <param name="Records">How many individual-level rows were added up.</param>
public sealed record PcnRoleFte(Month Census, Area Pcn, string StaffGroup, string StaffRole, decimal Fte, int Records)
{
    /// <summary>
    /// Adds up FTE per census, PCN (by code) and staff role, employed and contracted staff together;
    /// ordered by census, PCN code, staff group and role.
    /// </summary>
    public static IReadOnlyList<PcnRoleFte> Sum(IEnumerable<PcnStaffRecord> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return staff
            .GroupBy(s => (s.Census, s.Pcn.Code, s.StaffGroup, s.StaffRole))
            .Select(g => new PcnRoleFte(g.Key.Census, g.First().Pcn, g.Key.StaffGroup, g.Key.StaffRole, g.Sum(s => s.Fte), g.Count()))
            .OrderBy(r => r.Census)
            .ThenBy(r => r.Pcn.Code, StringComparer.Ordinal)
            .ThenBy(r => r.StaffGroup, StringComparer.Ordinal)
            .ThenBy(r => r.StaffRole, StringComparer.Ordinal)
            .ToList();
    }
}
