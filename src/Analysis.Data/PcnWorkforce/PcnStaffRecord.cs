using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.PcnWorkforce;

/// <summary>
/// One staff member in one role employed by a Primary Care Network (clinical pharmacists, physician
/// associates, paramedics, social prescribers, ...), from the individual-level PCN workforce file.
/// </summary>
public sealed record PcnStaffRecord
{
    /// <summary>The census month.</summary>
    public required Month Census { get; init; }

    /// <summary>The PCN.</summary>
    public required Area Pcn { get; init; }

    /// <summary>The PCN's sub-ICB location.</summary>
    public Area? SubIcb { get; init; }

    /// <summary>The PCN's ICB.</summary>
    public Area? Icb { get; init; }

    /// <summary>The PCN's commissioning region.</summary>
    public Area? Region { get; init; }

    /// <summary>The staff group, such as "Other Direct Patient Care staff".</summary>
    public required string StaffGroup { get; init; }

    /// <summary>The staff role, such as "Pharmacists".</summary>
    public required string StaffRole { get; init; }

    /// <summary>The detailed role, such as "Clinical Pharmacist".</summary>
    public required string DetailedRole { get; init; }

    /// <summary>Full-time equivalent (37.5 hours a week); the publication has occasional small negative corrections.</summary>
    public required decimal Fte { get; init; }

    /// <summary>The person's identifier (repeats across roles); null for contracted services.</summary>
    public string? StaffId { get; init; }

    /// <summary>True for staff provided through contracted services rather than employed directly.</summary>
    public bool IsContracted { get; init; }
}
