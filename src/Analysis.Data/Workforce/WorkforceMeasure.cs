using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Workforce;

/// <summary>
/// One row of the General Practice Workforce "Practice Level - High level" CSV: one practice's FTE or
/// headcount for one role (or a staff group's <c>Total</c>) at one census.
/// </summary>
public sealed record WorkforceMeasure
{
    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The census month (given by the caller; the file does not say it).</summary>
    public required Month Census { get; init; }

    /// <summary>The practice's name as published.</summary>
    public string? PracticeName { get; init; }

    /// <summary>The staff group: <c>GP</c>, <c>Nurses</c>, <c>Direct Patient Care</c> or <c>Admin/Non-Clinical</c>.</summary>
    public required string StaffGroup { get; init; }

    /// <summary>The role, such as <c>Partner/Provider</c>, or <c>Total</c> for the whole staff group.</summary>
    public required string DetailedStaffRole { get; init; }

    /// <summary>Whether <see cref="Value"/> is an FTE or a headcount.</summary>
    public required WorkforceMeasureKind Measure { get; init; }

    /// <summary>The figure; null where the file says <c>NA</c> (no practice data: NHS England estimated the role at sub-ICB level).</summary>
    public decimal? Value { get; init; }
}
