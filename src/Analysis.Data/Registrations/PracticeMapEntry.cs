using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.Registrations;

/// <summary>Where a practice sat in NHS geography in one month's practice map (PCN, sub-ICB/CCG, ICB/STP, region).</summary>
public sealed record PracticeMapEntry
{
    /// <summary>The month of the extract.</summary>
    public required Month Month { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The practice's name.</summary>
    public required string Name { get; init; }

    /// <summary>The practice's postcode.</summary>
    public string? Postcode { get; init; }

    /// <summary>The practice's areas; the PCN is null for practices the map leaves unallocated (code <c>U</c>).</summary>
    public required PracticeGeography Geography { get; init; }
}
