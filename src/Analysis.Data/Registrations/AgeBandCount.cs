using Analysis.Data.Periods;

namespace Analysis.Data.Registrations;

/// <summary>
/// One row of the quinary age file: patients of one sex and five-year age band registered with one
/// organisation (a practice, PCN, sub-ICB, ICB or region) in one month.
/// </summary>
public sealed record AgeBandCount
{
    /// <summary>The month of the extract.</summary>
    public required Month Month { get; init; }

    /// <summary>The organisation tier as published: <c>GP</c>, <c>PCN</c>, <c>SUB_ICB_LOCATION_CODE</c> (<c>CCG</c> before July 2022), <c>ICB</c> (<c>STP</c> before) or <c>Comm Region</c>.</summary>
    public required string OrgType { get; init; }

    /// <summary>The organisation's code (a practice code for <c>GP</c> rows).</summary>
    public required string OrgCode { get; init; }

    /// <summary>The sex.</summary>
    public required Sex Sex { get; init; }

    /// <summary>The lower bound of the age band in years, or null for all ages.</summary>
    public int? AgeFrom { get; init; }

    /// <summary>The upper bound of the age band in years (inclusive), or null for all ages or the open top band (95+).</summary>
    public int? AgeTo { get; init; }

    /// <summary>Registered patients in the band.</summary>
    public required int Patients { get; init; }
}
